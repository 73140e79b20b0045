#pragma once

#include <QByteArray>
#include <QObject>

class QSoundEffect;

namespace bg {

/// The alarm tone as a WAV file (PCM, 16-bit, mono): two alternating tones, 880 and 660 Hz,
/// 150 ms each, twice — written by the program, no sound file is shipped.
QByteArray makeAlarmWav(int sampleRate = 22050);

/// Plays the critical-alert tone through Qt Multimedia (QSoundEffect), unless muted. On a
/// machine without an audio output it counts the request and stays silent (nothing blocks).
class AlarmSound : public QObject {
    Q_OBJECT
public:
    explicit AlarmSound(QObject* parent = nullptr);
    ~AlarmSound() override;

    void play();
    void setMuted(bool muted);
    bool isMuted() const { return m_muted; }
    /// How many times the tone was asked for while not muted (for tests and the log).
    int played() const { return m_played; }
    /// Where the tone's file is (in the user's cache directory).
    QString filePath() const { return m_path; }

private:
    QSoundEffect* m_effect = nullptr;
    QString m_path;
    bool m_muted = false;
    int m_played = 0;
};

}  // namespace bg

#include "ui/alarm_sound.h"

#include <QDir>
#include <QFile>
#include <QSoundEffect>
#include <QStandardPaths>
#include <QUrl>
#include <QtEndian>

#include <cmath>
#include <numbers>

namespace bg {

namespace {
void put16(QByteArray& b, quint16 v) {
    const quint16 le = qToLittleEndian(v);
    b.append(reinterpret_cast<const char*>(&le), 2);
}
void put32(QByteArray& b, quint32 v) {
    const quint32 le = qToLittleEndian(v);
    b.append(reinterpret_cast<const char*>(&le), 4);
}
}  // namespace

QByteArray makeAlarmWav(int sampleRate) {
    const int toneSamples = sampleRate * 150 / 1000;
    const int fade = sampleRate * 5 / 1000;  // 5 ms ramps: no clicks between tones
    const double freqs[] = {880, 660, 880, 660};
    QByteArray pcm;
    pcm.reserve(4 * toneSamples * 2);
    for (double f : freqs)
        for (int i = 0; i < toneSamples; ++i) {
            const double ramp = std::min({1.0, double(i) / fade, double(toneSamples - i) / fade});
            const double v = 0.45 * ramp * std::sin(2 * std::numbers::pi * f * i / sampleRate);
            put16(pcm, quint16(qint16(std::lround(v * 32767))));
        }
    QByteArray wav("RIFF");
    put32(wav, quint32(36 + pcm.size()));
    wav.append("WAVEfmt ");
    put32(wav, 16);                       // fmt chunk size
    put16(wav, 1);                        // PCM
    put16(wav, 1);                        // mono
    put32(wav, quint32(sampleRate));      // sample rate
    put32(wav, quint32(sampleRate * 2));  // byte rate
    put16(wav, 2);                        // block align
    put16(wav, 16);                       // bits per sample
    wav.append("data");
    put32(wav, quint32(pcm.size()));
    wav.append(pcm);
    return wav;
}

AlarmSound::AlarmSound(QObject* parent) : QObject(parent) {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    QDir().mkpath(dir);
    m_path = QDir(dir).filePath(QStringLiteral("alarm.wav"));
    const QByteArray wav = makeAlarmWav();
    QFile f(m_path);
    // Written once per version of the tone; a read-only cache just leaves the console silent.
    if (!(f.exists() && f.size() == wav.size()) && f.open(QIODevice::WriteOnly)) f.write(wav);
    m_effect = new QSoundEffect(this);
    m_effect->setSource(QUrl::fromLocalFile(m_path));
    m_effect->setVolume(0.8);
}

AlarmSound::~AlarmSound() = default;

void AlarmSound::play() {
    if (m_muted) return;
    ++m_played;
    if (m_effect->isPlaying()) return;  // one tone at a time
    m_effect->play();
}

void AlarmSound::setMuted(bool muted) {
    m_muted = muted;
    if (muted) m_effect->stop();
}

}  // namespace bg

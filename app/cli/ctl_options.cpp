#include "cli/ctl_options.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QUrl>

namespace bg {

namespace {

QString fail(const QString& message) {
    return QStringLiteral("bitgoeulctl: %1. Try 'bitgoeulctl --help'.").arg(message);
}

struct CommandSpec {
    const char* command;
    const char* subcommand;  // "" when none
    bool needsCache;
    const char* summary;
    bool needsUrls = false;
    bool detect = false;
    bool hubSync = false;
    bool cacheList = false;
    bool alertsList = false;
    bool report = false;
};

constexpr CommandSpec kCommands[] = {
    {"cache", "info", true, "schema version, tables and row counts of a cache file"},
    {"cache", "migrate", true, "create or upgrade a cache file to this program's schema"},
    {"cache", "list", true,
     "the cached entities of one type (--type T) in key-values form, as JSON", false, false, false,
     true},
    {"alerts", "list", true,
     "the alerts in a cache file with their transitions [--state S] [--format json]", false, false,
     false, false, true},
    {"incidents", "list", true,
     "the incidents in a cache file with their alerts, notes and camera shares [--format json]"},
    {"report", "shift", true,
     "the shift handover report of the last --hours N (default 8) as a PDF: --out FILE.pdf", false,
     false, false, false, false, true},
    {"hub", "sync", true,
     "one full sync of --types T1,T2 from --hub URL into --cache FILE [--token T] "
     "[--dialect etsi|keti]",
     false, false, true},
    {"diag", "", false, "versions of Qt, GStreamer and OpenCV and the GStreamer elements found"},
    {"video", "probe", false,
     "open RTSP streams with the console's own video code and report frames, fps, reconnects",
     true},
    {"detect", "", false,
     "run the detector and tracker on frames 0, S, 2S ... of a file or stream, print JSON", false,
     true},
};

}  // namespace

QStringList ctlCommands() {
    QStringList out;
    for (const auto& c : kCommands)
        out << QStringLiteral("%1 %2")
                   .arg(QLatin1String(c.command), QLatin1String(c.subcommand))
                   .trimmed();
    return out;
}

Result<CtlOptions> parseCtlOptions(const QStringList& arguments) {
    QString description = QStringLiteral(
        "bitgoeulctl: headless tool of Bitgoeul Console for operators' scripts and "
        "diagnostics.\n\nCommands:\n");
    for (const auto& c : kCommands)
        description += QStringLiteral("  %1  %2\n")
                           .arg(QStringLiteral("%1 %2")
                                    .arg(QLatin1String(c.command), QLatin1String(c.subcommand))
                                    .trimmed(),
                                -14)
                           .arg(QLatin1String(c.summary));
    QCommandLineParser p;
    p.setApplicationDescription(description);
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help and exit."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     QStringLiteral("Show the version and exit."));
    const QCommandLineOption cache(QStringLiteral("cache"),
                                   QStringLiteral("The console's SQLite cache file."),
                                   QStringLiteral("FILE"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    QStringLiteral("Output format: text (default) or json."),
                                    QStringLiteral("text|json"));
    const QCommandLineOption url(QStringLiteral("url"),
                                 QStringLiteral("A stream to probe (repeat for several)."),
                                 QStringLiteral("URL"));
    const QCommandLineOption seconds(QStringLiteral("seconds"),
                                     QStringLiteral("How long to probe (default 10)."),
                                     QStringLiteral("S"));
    const QCommandLineOption input(QStringLiteral("input"),
                                   QStringLiteral("detect: a video file or stream URL."),
                                   QStringLiteral("FILE_OR_URL"));
    const QCommandLineOption model(
        QStringLiteral("model"),
        QStringLiteral("detect: model file (.onnx YOLOX or .cfg "
                       "Yolo-Fastest); default: the shipped YOLOX-Nano."),
        QStringLiteral("PATH"));
    const QCommandLineOption stride(QStringLiteral("stride"),
                                    QStringLiteral("detect: analyse every S-th frame (default 1)."),
                                    QStringLiteral("S"));
    const QCommandLineOption frames(QStringLiteral("frames"),
                                    QStringLiteral("detect: how many frames to analyse (default "
                                                   "10)."),
                                    QStringLiteral("K"));
    const QCommandLineOption hub(QStringLiteral("hub"),
                                 QStringLiteral("hub sync: NGSI-LD hub base URL."),
                                 QStringLiteral("URL"));
    const QCommandLineOption types(QStringLiteral("types"),
                                   QStringLiteral("hub sync: entity types, comma-separated."),
                                   QStringLiteral("T1,T2"));
    const QCommandLineOption type(QStringLiteral("type"),
                                  QStringLiteral("cache list: the entity type."),
                                  QStringLiteral("T"));
    const QCommandLineOption token(QStringLiteral("token"),
                                   QStringLiteral("hub sync: bearer token for the hub."),
                                   QStringLiteral("T"));
    const QCommandLineOption dialect(QStringLiteral("dialect"),
                                     QStringLiteral("hub sync: etsi (default) or keti."),
                                     QStringLiteral("etsi|keti"));
    const QCommandLineOption state(QStringLiteral("state"),
                                   QStringLiteral("alerts list: only alerts in this state (new, "
                                                  "acknowledged, inProgress, resolved, closed)."),
                                   QStringLiteral("S"));
    const QCommandLineOption hours(QStringLiteral("hours"),
                                   QStringLiteral("report shift: the shift's length (default 8)."),
                                   QStringLiteral("N"));
    const QCommandLineOption outFile(QStringLiteral("out"),
                                     QStringLiteral("report shift: the PDF to write."),
                                     QStringLiteral("FILE.pdf"));
    p.addOptions({help, version, cache, format, url, seconds, input, model, stride, frames, hub,
                  types, type, token, dialect, state, hours, outFile});
    p.addPositionalArgument(QStringLiteral("command"), QStringLiteral("What to do (see above)."),
                            QStringLiteral("<command> [<subcommand>]"));

    if (!p.parse(arguments)) return Result<CtlOptions>::fail(fail(p.errorText()));
    CtlOptions o;
    if (p.isSet(help)) {
        o.action = CtlOptions::Action::Help;
        if (QCoreApplication::instance()) o.helpText = p.helpText();
        return Result<CtlOptions>::ok(o);
    }
    if (p.isSet(version)) {
        o.action = CtlOptions::Action::Version;
        return Result<CtlOptions>::ok(o);
    }
    const QStringList pos = p.positionalArguments();
    if (pos.isEmpty())
        return Result<CtlOptions>::fail(fail(QStringLiteral("no command given (one of: %1)")
                                                 .arg(ctlCommands().join(QStringLiteral(", ")))));
    o.command = pos.value(0);
    o.subcommand = pos.value(1);
    const CommandSpec* spec = nullptr;
    bool commandKnown = false;
    for (const auto& c : kCommands) {
        if (o.command != QLatin1String(c.command)) continue;
        commandKnown = true;
        if (*c.subcommand == '\0') {
            spec = &c;  // a command without subcommands: a second word is an extra argument
            if (!o.subcommand.isEmpty())
                return Result<CtlOptions>::fail(
                    fail(QStringLiteral("unexpected argument '%1'").arg(o.subcommand)));
        } else if (o.subcommand == QLatin1String(c.subcommand)) {
            spec = &c;
        }
    }
    if (!commandKnown)
        return Result<CtlOptions>::fail(fail(QStringLiteral("unknown command '%1' (one of: %2)")
                                                 .arg(o.command, ctlCommands().join(u", "))));
    if (!spec)
        return Result<CtlOptions>::fail(
            fail(o.subcommand.isEmpty()
                     ? QStringLiteral("'%1' needs a subcommand (one of: %2)")
                           .arg(o.command, ctlCommands().filter(o.command + u' ').join(u", "))
                     : QStringLiteral("unknown subcommand '%1 %2' (one of: %3)")
                           .arg(o.command, o.subcommand,
                                ctlCommands().filter(o.command + u' ').join(u", "))));
    if (pos.size() > (o.subcommand.isEmpty() ? 1 : 2))
        return Result<CtlOptions>::fail(
            fail(QStringLiteral("unexpected argument '%1'").arg(pos.last())));
    if (spec->needsCache) {
        o.cachePath = p.value(cache);
        if (o.cachePath.trimmed().isEmpty())
            return Result<CtlOptions>::fail(
                fail(QStringLiteral("'%1' needs --cache FILE")
                         .arg(ctlCommands().at(int(spec - kCommands)))));
    } else if (p.isSet(cache)) {
        return Result<CtlOptions>::fail(
            fail(QStringLiteral("'%1' takes no --cache").arg(o.command)));
    }
    if (spec->needsUrls) {
        o.urls = p.values(url);
        if (o.urls.isEmpty())
            return Result<CtlOptions>::fail(
                fail(QStringLiteral("'%1 %2' needs --url URL").arg(o.command, o.subcommand)));
        for (const QString& u : o.urls) {
            const QUrl parsed(u, QUrl::StrictMode);
            if (!parsed.isValid() || parsed.scheme() != u"rtsp" || parsed.host().isEmpty())
                return Result<CtlOptions>::fail(
                    fail(QStringLiteral("--url must be an rtsp:// URL with a host, not '%1'")
                             .arg(parsed.toDisplayString(QUrl::RemoveUserInfo))));
        }
        if (p.isSet(seconds)) {
            bool ok = false;
            o.seconds = p.value(seconds).toDouble(&ok);
            if (!ok || o.seconds <= 0 || o.seconds > 86400)
                return Result<CtlOptions>::fail(
                    fail(QStringLiteral("--seconds must be a number from 0 to 86400, not '%1'")
                             .arg(p.value(seconds))));
        }
    } else if (p.isSet(url) || p.isSet(seconds)) {
        return Result<CtlOptions>::fail(
            fail(QStringLiteral("'%1' takes no --url or --seconds").arg(o.command)));
    }
    if (spec->hubSync) {
        o.hubUrl = QUrl(p.value(hub), QUrl::StrictMode);
        if (!p.isSet(hub) || !o.hubUrl.isValid() ||
            (o.hubUrl.scheme() != u"http" && o.hubUrl.scheme() != u"https") ||
            o.hubUrl.host().isEmpty())
            return Result<CtlOptions>::fail(
                fail(QStringLiteral("'hub sync' needs --hub URL (http:// or https:// with a host), "
                                    "not '%1'")
                         .arg(o.hubUrl.toDisplayString(QUrl::RemoveUserInfo))));
        for (const QString& t : p.value(types).split(u',', Qt::SkipEmptyParts))
            o.types << t.trimmed();
        if (o.types.isEmpty())
            return Result<CtlOptions>::fail(fail(QStringLiteral("'hub sync' needs --types T1,T2")));
        o.token = p.value(token);
        if (p.isSet(dialect)) o.dialect = p.value(dialect).toLower();
        if (o.dialect != u"etsi" && o.dialect != u"keti")
            return Result<CtlOptions>::fail(fail(
                QStringLiteral("--dialect must be etsi or keti, not '%1'").arg(p.value(dialect))));
    } else if (p.isSet(hub) || p.isSet(types) || p.isSet(token) || p.isSet(dialect)) {
        return Result<CtlOptions>::fail(fail(
            QStringLiteral("'%1' takes no --hub, --types, --token or --dialect").arg(o.command)));
    }
    if (spec->cacheList) {
        if (p.value(type).trimmed().isEmpty())
            return Result<CtlOptions>::fail(fail(QStringLiteral("'cache list' needs --type T")));
        o.types = QStringList{p.value(type).trimmed()};
    } else if (p.isSet(type)) {
        return Result<CtlOptions>::fail(fail(QStringLiteral("only 'cache list' takes --type")));
    }
    if (spec->report) {
        if (p.isSet(hours)) {
            bool ok = false;
            o.hours = p.value(hours).toDouble(&ok);
            if (!ok || o.hours <= 0 || o.hours > 24 * 31)
                return Result<CtlOptions>::fail(
                    fail(QStringLiteral("--hours must be a number of hours above 0, not '%1'")
                             .arg(p.value(hours))));
        }
        o.out = p.value(outFile);
        if (!o.out.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
            return Result<CtlOptions>::fail(
                fail(QStringLiteral("'report shift' needs --out FILE.pdf, not '%1'").arg(o.out)));
    } else if (p.isSet(hours) || p.isSet(outFile)) {
        return Result<CtlOptions>::fail(
            fail(QStringLiteral("only 'report shift' takes --hours and --out")));
    }
    if (spec->alertsList) {
        o.state = p.value(state);
        static const QStringList kStates{QStringLiteral("new"), QStringLiteral("acknowledged"),
                                         QStringLiteral("inProgress"), QStringLiteral("resolved"),
                                         QStringLiteral("closed")};
        if (p.isSet(state) && !kStates.contains(o.state))
            return Result<CtlOptions>::fail(
                fail(QStringLiteral("--state must be one of %1, not '%2'")
                         .arg(kStates.join(QStringLiteral(", ")), o.state)));
    } else if (p.isSet(state)) {
        return Result<CtlOptions>::fail(fail(QStringLiteral("only 'alerts list' takes --state")));
    }
    if (spec->detect) {
        o.input = p.value(input);
        if (o.input.isEmpty())
            return Result<CtlOptions>::fail(
                fail(QStringLiteral("'detect' needs --input FILE_OR_URL")));
        o.model = p.value(model);
        const auto positive = [&p](const QCommandLineOption& opt, int fallback, int* into) {
            if (!p.isSet(opt)) {
                *into = fallback;
                return true;
            }
            bool ok = false;
            *into = p.value(opt).toInt(&ok);
            return ok && *into >= 1 && *into <= 1000000;
        };
        if (!positive(stride, 1, &o.stride))
            return Result<CtlOptions>::fail(
                fail(QStringLiteral("--stride must be a whole number of at least 1, not '%1'")
                         .arg(p.value(stride))));
        if (!positive(frames, 10, &o.frames))
            return Result<CtlOptions>::fail(
                fail(QStringLiteral("--frames must be a whole number of at least 1, not '%1'")
                         .arg(p.value(frames))));
    } else if (p.isSet(input) || p.isSet(model) || p.isSet(stride) || p.isSet(frames)) {
        return Result<CtlOptions>::fail(fail(
            QStringLiteral("'%1' takes no --input, --model, --stride or --frames").arg(o.command)));
    }
    if (p.isSet(format)) {
        o.format = p.value(format).toLower();
        if (o.format != u"text" && o.format != u"json")
            return Result<CtlOptions>::fail(fail(
                QStringLiteral("--format must be text or json, not '%1'").arg(p.value(format))));
    }
    return Result<CtlOptions>::ok(o);
}

}  // namespace bg

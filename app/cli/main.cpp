#include "clicommands.h"
#include "validation/controlcharacters.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

namespace {

// `lps report` sets text and charts on pages, which needs Qt GUI's fonts; the other commands
// stay free of any display. Without one (a server, CI) the pages are set off screen.
std::unique_ptr<QCoreApplication> application(int &argc, char *argv[])
{
    if (argc < 2 || std::strcmp(argv[1], "report") != 0)
        return std::make_unique<QCoreApplication>(argc, argv);
#ifdef Q_OS_LINUX
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> app = application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lps"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LPS_VERSION));
    QTextStream out(stdout);
    // Messages quote what a file held; a name from someone else's file must not drive the
    // terminal (escape sequences), so they are written with control characters made visible.
    QString messages;
    QTextStream err(&messages);
    int code = lps::cli::run(QCoreApplication::arguments().mid(1), out, err);
    out.flush();
    // A full disk or a closed pipe must not pass for success: the output would be cut short.
    if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
        err << "lps: the output could not be written in full (" << std::strerror(errno) << ")\n";
        code = lps::cli::OtherError;
    }
    err.flush();
    QTextStream(stderr) << lps::ControlCharacters::visible(messages);
    return code;
}

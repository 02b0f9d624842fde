#include "clicommands.h"
#include "validation/controlcharacters.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cerrno>
#include <cstdio>
#include <cstring>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
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

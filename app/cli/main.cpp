#include "clicommands.h"

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
    QTextStream err(stderr);
    int code = lps::cli::run(QCoreApplication::arguments().mid(1), out, err);
    out.flush();
    // A full disk or a closed pipe must not pass for success: the output would be cut short.
    if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
        err << "lps: the output could not be written in full (" << std::strerror(errno) << ")\n";
        code = lps::cli::OtherError;
    }
    err.flush();
    return code;
}

#include "clicommands.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lps"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LPS_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = lps::cli::run(QCoreApplication::arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return code;
}

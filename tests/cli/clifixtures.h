#pragma once

// What the command-line tests share: running lps as a person would, and the files it reads and
// writes.
#include "demo/demoplan.h"
#include "plangenerator.h"
#include "validation/planlimits.h"
#include "json/planjsonwriter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace lps::clifixtures {

struct Run
{
    int code = -1;
    QByteArray out;
    QString err;
};

inline Run runLps(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(LPS_CLI_PATH), arguments);
    if (!process.waitForFinished(60000))
        qFatal("lps %s did not finish", qPrintable(arguments.join(u' ')));
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError())};
}

inline QString data(const char *name)
{
    return QStringLiteral(LPS_TEST_DATA_DIR "/") + QString::fromUtf8(name);
}

inline bool write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

inline QByteArray read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace lps::clifixtures

#include "machine.h"

#include <QFile>
#include <QSysInfo>
#include <QThread>

#ifndef LPS_BENCH_BUILD_TYPE
#define LPS_BENCH_BUILD_TYPE "unknown"
#endif

namespace lps {

namespace {

QString firstLineOf(const QString &path, const QString &key)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return QString();
    // Files in /proc report a size of 0, so read until the end rather than test atEnd().
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(key))
            return line.section(QLatin1Char(':'), 1).trimmed();
    }
    return QString();
}

} // namespace

QJsonObject machine()
{
    QFile loadFile(QStringLiteral("/proc/loadavg"));
    const QString load = loadFile.open(QIODevice::ReadOnly)
                             ? QString::fromUtf8(loadFile.readAll()).section(QLatin1Char(' '), 0, 2)
                             : QString();
    return {{QStringLiteral("logicalCpus"), QThread::idealThreadCount()},
            {QStringLiteral("cpuModel"),
             firstLineOf(QStringLiteral("/proc/cpuinfo"), QStringLiteral("model name"))},
            {QStringLiteral("memTotal"),
             firstLineOf(QStringLiteral("/proc/meminfo"), QStringLiteral("MemTotal"))},
            {QStringLiteral("os"), QSysInfo::prettyProductName()},
            {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
            {QStringLiteral("buildType"), QStringLiteral(LPS_BENCH_BUILD_TYPE)},
            {QStringLiteral("loadAverage"), load}};
}

} // namespace lps

#include "recoverystore.h"

#include "clock/clock.h"
#include "storage/planfile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace lps {

namespace {

QString planPath(const QString &folder, const QString &key)
{
    return QDir(folder).filePath(key + QStringLiteral(".lpsb"));
}
QString notePath(const QString &folder, const QString &key)
{
    return QDir(folder).filePath(key + QStringLiteral(".json"));
}

} // namespace

RecoveryStore::RecoveryStore(const QString &folder)
    : m_folder(folder)
{
}

QString RecoveryStore::defaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("recovery"));
}

bool RecoveryStore::keep(const QString &key, const Plan &plan, const QString &originalPath) const
{
    if (!QDir().mkpath(m_folder) || !PlanFile::save(plan, planPath(m_folder, key)).ok())
        return false;
    // The note is written after the copy: a note always has its copy beside it.
    QSaveFile note(notePath(m_folder, key));
    const QJsonObject json{
        {QStringLiteral("originalPath"), originalPath},
        {QStringLiteral("savedAt"), Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
    return note.open(QIODevice::WriteOnly) && note.write(QJsonDocument(json).toJson()) >= 0 &&
           note.commit();
}

void RecoveryStore::discard(const QString &key) const
{
    QFile::remove(notePath(m_folder, key));
    QFile::remove(planPath(m_folder, key));
}

QList<RecoveryStore::Entry> RecoveryStore::entries() const
{
    QList<Entry> found;
    const QStringList notes =
        QDir(m_folder).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : notes) {
        const QString key = name.chopped(5);
        QFile note(notePath(m_folder, key));
        if (!note.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject json = QJsonDocument::fromJson(note.read(64 * 1024)).object();
        const PlanFileResult loaded = PlanFile::load(planPath(m_folder, key));
        if (!loaded.plan)
            continue;
        found << Entry{key, json.value(QStringLiteral("originalPath")).toString(),
                       QDateTime::fromString(json.value(QStringLiteral("savedAt")).toString(),
                                             Qt::ISODateWithMs),
                       *loaded.plan};
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const Entry &a, const Entry &b) { return a.savedAt < b.savedAt; });
    return found;
}

} // namespace lps

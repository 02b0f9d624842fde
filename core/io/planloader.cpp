#include "planloader.h"

#include "storage/planfile.h"
#include "json/planjsonreader.h"

#include <QFile>
#include <QFileInfo>

namespace lps {

namespace {

constexpr qint64 kMaxJsonBytes = 256 * 1024 * 1024;

bool looksLikeJson(QByteArray head)
{
    if (head.startsWith("\xEF\xBB\xBF"))
        head.remove(0, 3);
    for (const char c : std::as_const(head)) {
        if (c == '{')
            return true;
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            return false;
    }
    return false;
}

PlanFileResult failure(PlanFileError::Kind kind, const QString &message)
{
    PlanFileResult result;
    result.error.kind = kind;
    result.error.message = message;
    return result;
}

} // namespace

bool PlanLoader::isInvalidInput(const PlanFileError &error)
{
    return error.kind != PlanFileError::Kind::NotFound &&
           error.kind != PlanFileError::Kind::IoError;
}

QString PlanLoader::details(const PlanFileError &error)
{
    QStringList lines;
    for (const Problem &problem : error.problems)
        lines << problem.toString();
    return lines.join(u'\n');
}

PlanFileResult PlanLoader::fromJson(const QByteArray &json, const QString &fileName)
{
    PlanJsonResult read = PlanJsonReader::read(json);
    if (read.plan) {
        PlanFileResult result;
        result.plan = std::move(read.plan);
        return result;
    }
    qsizetype errors = 0;
    for (const Problem &problem : std::as_const(read.problems))
        errors += problem.isError() ? 1 : 0;
    PlanFileResult result =
        failure(PlanFileError::Kind::Invalid,
                QStringLiteral("%1 is not a valid plan: %2 %3 to correct; nothing was opened.")
                    .arg(PlanFileError::quoted(fileName))
                    .arg(errors)
                    .arg(errors == 1 ? QStringLiteral("problem") : QStringLiteral("problems")));
    result.error.problems = read.problems;
    return result;
}

PlanFileResult PlanLoader::load(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return failure(PlanFileError::Kind::NotFound,
                       QStringLiteral("%1 does not exist. Check the folder and the name.")
                           .arg(PlanFileError::quoted(path)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(PlanFileError::Kind::IoError,
                       QStringLiteral("%1 cannot be read (%2). Check that you may open it.")
                           .arg(PlanFileError::quoted(info.fileName()), file.errorString()));
    const QByteArray head = file.peek(64);
    if (head.startsWith("SQLite format 3")) {
        file.close();
        return PlanFile::load(path);
    }
    if (!looksLikeJson(head))
        return failure(
            PlanFileError::Kind::NotAPlan,
            QStringLiteral("%1 is not an LPS plan: it is neither an LPS Planner file (.lpsb) "
                           "nor plan JSON. Ask the sender for the plan file itself.")
                .arg(PlanFileError::quoted(info.fileName())));
    if (file.size() > kMaxJsonBytes)
        return failure(PlanFileError::Kind::NotAPlan,
                       QStringLiteral("%1 is too large to be a plan (%2 MB).")
                           .arg(PlanFileError::quoted(info.fileName()))
                           .arg(file.size() / (1024 * 1024)));
    QByteArray json = file.readAll();
    if (json.startsWith("\xEF\xBB\xBF"))
        json.remove(0, 3);
    return fromJson(json, info.fileName());
}

} // namespace lps

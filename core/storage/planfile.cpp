#include "planfile.h"

#include "planfileheader.h"
#include "planreader.h"
#include "planschema.h"
#include "planwriter.h"
#include "sqlite/sqlitedatabase.h"
#include "sqlite/sqliteerror.h"
#include "validation/planvalidator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>

#include <new>

namespace lps {

namespace {

using Kind = PlanFileError::Kind;

constexpr qsizetype kListedProblems = 10;

QString bulleted(const Problems &problems)
{
    QStringList lines;
    for (qsizetype i = 0; i < problems.size() && i < kListedProblems; ++i)
        lines << QStringLiteral("\u2022 ") + problems.at(i).toString();
    if (problems.size() > kListedProblems)
        lines << PlanFile::tr("\u2022 \u2026 and %n more", nullptr,
                              int(problems.size() - kListedProblems));
    return lines.join(QLatin1Char('\n'));
}

Problems errorsOf(const Problems &problems)
{
    Problems errors;
    for (const Problem &problem : problems) {
        if (problem.isError())
            errors << problem;
    }
    return errors;
}

PlanFileResult failure(Kind kind, const QString &message, const Problems &problems = {})
{
    PlanFileResult result;
    result.error = {kind, message, problems};
    return result;
}

PlanFileResult notAPlan(const QString &file, const QString &reason)
{
    return failure(Kind::NotAPlan, PlanFile::tr("%1 is not an LPS Planner plan: %2.")
                                       .arg(PlanFileError::quoted(file), reason));
}

PlanFileResult damaged(const QString &file, const QString &reason)
{
    return failure(
        Kind::Damaged,
        PlanFile::tr("%1 is damaged and cannot be opened (%2). Ask the sender for a fresh "
                     "copy; your own files are unaffected.")
            .arg(PlanFileError::quoted(file), reason));
}

PlanFileResult unsafe(const QString &file, const QString &reason)
{
    return failure(
        Kind::Unsafe,
        PlanFile::tr("%1 cannot be opened safely: %2. It was probably changed by another "
                     "program; nothing in it has been run. Ask the sender to save it again "
                     "with LPS Planner.")
            .arg(PlanFileError::quoted(file), reason));
}

PlanFileResult invalid(const QString &file, const Problems &problems)
{
    return failure(Kind::Invalid,
                   PlanFile::tr("%1 cannot be opened: it holds values a plan cannot have, perhaps "
                                "because it was edited outside LPS Planner.\n%2")
                       .arg(PlanFileError::quoted(file), bulleted(problems)),
                   problems);
}

PlanFileResult refusedVersion(const QString &file, qint32 version)
{
    if (version < 1)
        return damaged(file, PlanFile::tr("its header does not say which file format it uses"));
    return failure(
        Kind::NewerVersion,
        PlanFile::tr("%1 was saved by a newer version of LPS Planner (file format %2; "
                     "this version reads formats 1 to %3). Install the latest LPS Planner to "
                     "open it.")
            .arg(PlanFileError::quoted(file))
            .arg(version)
            .arg(PlanFile::kFormatVersion));
}

std::optional<PlanFileResult> refusedBySize(const PlanFileHeader &header, qint64 size,
                                            const QString &file)
{
    const std::optional<qint64> declared = header.declaredSize();
    if (header.pageSize() == 0)
        return damaged(file, PlanFile::tr("its header is broken"));
    if (size % header.pageSize() != 0 || (declared && *declared > size))
        return damaged(file, PlanFile::tr("it is incomplete: it ends after %L1 bytes").arg(size));
    if (declared && *declared < size)
        return damaged(file,
                       PlanFile::tr("it has %L1 bytes more than it should").arg(size - *declared));
    return std::nullopt;
}

// Judges a file by its first 100 bytes, before SQLite parses anything, so that the common
// mistakes get specific messages.
std::optional<PlanFileResult> refusedByHeader(const QByteArray &bytes, const QString &file)
{
    if (bytes.isEmpty())
        return failure(Kind::NotAPlan,
                       PlanFile::tr("%1 is empty, so it holds no plan. If it was sent "
                                    "to you, ask the sender for a fresh copy.")
                           .arg(PlanFileError::quoted(file)));
    const std::optional<PlanFileHeader> header = PlanFileHeader::parse(bytes);
    if (!header && bytes.startsWith("SQLite format 3"))
        return damaged(file,
                       PlanFile::tr("it is incomplete: it ends after %L1 bytes").arg(bytes.size()));
    if (!header)
        return notAPlan(file,
                        PlanFile::tr("it holds something else, such as a document or a picture"));
    if (header->applicationId() != PlanFile::kApplicationId)
        return notAPlan(file, PlanFile::tr("it is an SQLite database made by another program"));
    // Every format so far is read; a newer one is refused with what to do.
    if (header->userVersion() < 1 || header->userVersion() > PlanFile::kFormatVersion)
        return refusedVersion(file, header->userVersion());
    if (header->writeVersion() != 1 || header->readVersion() != 1)
        return damaged(file,
                       PlanFile::tr("another program switched it to a write-ahead log, so part of "
                                    "it may be in a separate file that was not passed on"));
    return refusedBySize(*header, bytes.size(), file);
}

bool isConstraintReport(const QString &line)
{
    // What quick_check says about values rather than structure: these are left to the reader
    // and the validator, which can say precisely what is wrong.
    return line.startsWith(QLatin1String("CHECK constraint failed")) ||
           line.startsWith(QLatin1String("NULL value in")) ||
           (line.startsWith(QLatin1String("non-")) && line.contains(QLatin1String(" value in ")));
}

std::optional<PlanFileResult> refusedByIntegrity(const SqliteDatabase &db, const QString &file,
                                                 QStringList &constraintReports)
{
    const QStringList report = db.textColumn("PRAGMA quick_check");
    if (report == QStringList{QStringLiteral("ok")})
        return std::nullopt;
    for (const QString &line : report) {
        if (!isConstraintReport(line))
            return damaged(
                file,
                PlanFile::tr("its internal structure is broken; technical detail: %1").arg(line));
        constraintReports << line;
    }
    return std::nullopt;
}

Problems foreignKeyProblems(const SqliteDatabase &db)
{
    SqliteStatement check = db.prepare("PRAGMA foreign_key_check");
    Problems problems;
    while (check.step())
        problems << Problem::error(
            QStringLiteral("table %1").arg(check.text(0)),
            PlanFile::tr("a row refers to a %1 that is not in the plan").arg(check.text(2)));
    return problems;
}

// The part of a path that names one item ("resources[2]" of "resources[2].eligible.tags[0]").
QString itemOf(const QString &location)
{
    return location.section(QLatin1Char('.'), 0, 0);
}

// What the validator finds in items the reader had no complaint about: a value the reader had
// to replace (an unknown spelling) would otherwise draw a second, misleading problem.
Problems validationErrorsBeyond(const Plan &plan, const Problems &known)
{
    QSet<QString> reported;
    for (const Problem &problem : known)
        reported.insert(itemOf(problem.location));
    Problems problems;
    for (const Problem &problem : errorsOf(PlanValidator::validate(plan))) {
        if (!reported.contains(itemOf(problem.location)))
            problems << problem;
    }
    return problems;
}

PlanFileResult readChecked(const SqliteDatabase &db, const QString &file)
{
    QStringList constraintReports;
    if (auto refused = refusedByIntegrity(db, file, constraintReports))
        return *refused;
    SqliteStatement version = db.prepare("PRAGMA user_version");
    const int format = version.step() ? int(version.integer(0)) : 0;
    const QString difference = PlanSchema::difference(PlanSchema::entries(db), format);
    if (!difference.isEmpty())
        return unsafe(file, difference);
    PlanReader::Result read = PlanReader::read(db, format);
    Problems problems = foreignKeyProblems(db) + read.problems;
    if (read.complete)
        problems += validationErrorsBeyond(read.plan, problems);
    if (problems.isEmpty() && !constraintReports.isEmpty())
        problems << Problem::error(QString(), constraintReports.first());
    if (!problems.isEmpty())
        return invalid(file, problems);
    PlanFileResult result;
    result.plan = std::move(read.plan);
    return result;
}

struct Built
{
    QByteArray bytes;
    std::optional<PlanFileError> error;
};

Built build(const Plan &plan, const QString &file)
{
    const Problems problems = errorsOf(PlanValidator::validate(plan));
    if (!problems.isEmpty())
        return {{},
                PlanFileError{Kind::Invalid,
                              PlanFile::tr("%1 was not saved because the plan has problems to "
                                           "fix first:\n%2")
                                  .arg(PlanFileError::quoted(file), bulleted(problems)),
                              problems}};
    try {
        SqliteDatabase db = SqliteDatabase::createInMemory();
        PlanWriter::write(plan, db);
        return {db.serialize(), std::nullopt};
    } catch (const SqliteError &error) {
        const QString reason =
            error.isTooBig()
                ? PlanFile::tr("a text in the plan is longer than a plan file can hold (%L1 MB)")
                      .arg(SqliteDatabase::kMaxLength / (1024 * 1024))
                : PlanFile::tr("the plan holds a value the file cannot store; technical detail: %1")
                      .arg(error.message());
        return {{},
                PlanFileError{
                    Kind::Invalid,
                    PlanFile::tr("%1 was not saved: %2.").arg(PlanFileError::quoted(file), reason),
                    {}}};
    }
}

QString openFailure(const QSaveFile &out, const QFileInfo &target)
{
    if (target.exists() && !target.isWritable())
        return PlanFile::tr("the existing file is read-only");
    if (!QFileInfo(target.absolutePath()).isWritable())
        return PlanFile::tr("you do not have permission to save in the folder %1")
            .arg(PlanFileError::quoted(QDir::toNativeSeparators(target.absolutePath())));
    return PlanFile::tr("the system refused to create it (%1)").arg(out.errorString());
}

QString writeFailure(const QSaveFile &out)
{
    if (out.error() == QFileDevice::ResourceError)
        return PlanFile::tr("the disk is full; free some space and try again");
    return PlanFile::tr("the disk reported an error (%1)").arg(out.errorString());
}

// QSaveFile writes a temporary file in the same folder, flushes it to disk and renames it over
// the target only on commit(), so the target is always either the old file or the new one.
std::optional<PlanFileError> writeAtomically(const QByteArray &bytes, const QString &path)
{
    const QFileInfo target(path);
    const QString unchanged = target.exists()
                                  ? PlanFile::tr(" The previous version of the file is unchanged.")
                                  : QString();
    const auto failed = [&](const QString &reason) {
        return PlanFileError{Kind::IoError,
                             PlanFile::tr("%1 could not be saved: %2.%3")
                                 .arg(PlanFileError::quoted(target.fileName()), reason, unchanged),
                             {}};
    };
    if (!QFileInfo(target.absolutePath()).isDir())
        return failed(
            PlanFile::tr("the folder %1 does not exist")
                .arg(PlanFileError::quoted(QDir::toNativeSeparators(target.absolutePath()))));
    if (target.isDir())
        return failed(PlanFile::tr("there is a folder of that name"));
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return failed(openFailure(out, target));
    if (out.write(bytes) != bytes.size()) {
        const QString reason = writeFailure(out);
        out.cancelWriting(); // the destructor then removes the temporary file
        return failed(reason);
    }
    if (!out.commit())
        return failed(writeFailure(out));
    return std::nullopt;
}

} // namespace

PlanFileResult PlanFile::load(const QString &path)
{
    const QFileInfo info(path);
    const QString file = info.fileName();
    if (!info.exists())
        return failure(Kind::NotFound,
                       tr("%1 could not be found. It may have been moved, renamed or "
                          "deleted.")
                           .arg(PlanFileError::quoted(file)));
    if (info.isDir())
        return notAPlan(file, tr("it is a folder"));
    if (!info.isFile())
        return notAPlan(file, tr("it is a device or a pipe, not a file"));
    if (info.size() > kMaxFileSize)
        return notAPlan(
            file, tr("at %L1 MB it is far larger than any plan").arg(info.size() / (1024 * 1024)));
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return failure(
            Kind::IoError,
            tr("%1 could not be opened: %2.").arg(PlanFileError::quoted(file), in.errorString()));
    // One byte more than the size seen, to notice a file that grew meanwhile (it then fails
    // the size check of the header); never a buffer of kMaxFileSize for a small file.
    const QByteArray bytes = in.read(qMin(in.size(), kMaxFileSize) + 1);
    if (in.error() != QFileDevice::NoError)
        return failure(
            Kind::IoError,
            tr("%1 could not be read: %2.").arg(PlanFileError::quoted(file), in.errorString()));
    return loadBytes(bytes, file);
}

PlanFileResult PlanFile::loadBytes(const QByteArray &bytes, const QString &fileName)
{
    if (bytes.size() > kMaxFileSize)
        return notAPlan(fileName, tr("it is far larger than any plan"));
    if (auto refused = refusedByHeader(bytes, fileName))
        return *refused;
    try {
        const SqliteDatabase db = SqliteDatabase::openUntrusted(bytes);
        return readChecked(db, fileName);
    } catch (const SqliteError &error) {
        if (error.isDamage())
            return damaged(
                fileName,
                tr("its internal structure is broken; technical detail: %1").arg(error.message()));
        return unsafe(fileName, tr("it holds something LPS Planner will not run or read; "
                                   "technical detail: %1")
                                    .arg(error.message()));
    } catch (const std::bad_alloc &) {
        return failure(Kind::IoError, tr("%1 could not be opened: there is not enough memory.")
                                          .arg(PlanFileError::quoted(fileName)));
    }
}

SaveResult PlanFile::save(const Plan &plan, const QString &path)
{
    Built built = build(plan, QFileInfo(path).fileName());
    if (built.error)
        return {built.error};
    return {writeAtomically(built.bytes, path)};
}

QByteArray PlanFile::serialize(const Plan &plan)
{
    return build(plan, QString()).bytes;
}

} // namespace lps

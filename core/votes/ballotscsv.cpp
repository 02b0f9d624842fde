#include "ballotscsv.h"

#include "csv/csvreader.h"
#include "csvimport/csvcolumns.h"
#include "csvimport/totalsrowdetector.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <array>
#include <optional>

namespace lps {

namespace {

const QString kBallot = QStringLiteral("ballot");
const QString kService = QStringLiteral("service");
const QString kDots = QStringLiteral("dots");

const QString kSaveAsCsv =
    QStringLiteral("open it in the spreadsheet and save it as \"CSV UTF-8\"");

// A wrong file can hold a whole page of text in one cell; a message quotes only its start.
QString quoted(const QString &text)
{
    constexpr qsizetype kShown = 60;
    const QString shown = text.size() > kShown ? text.left(kShown) + QStringLiteral("...") : text;
    return QLatin1Char('"') + shown + QLatin1Char('"');
}

// The same ballot paper however it was typed: "B 7", "b 7 " and "B  7" are one ballot.
QString ballotKey(const QString &ballot)
{
    return ballot.simplified().toCaseFolded();
}

// True when the text (after a UTF-8 byte order mark) has nothing but spaces, line breaks and
// delimiters: no header row at all.
bool isBlankText(const QByteArray &bytes)
{
    const QByteArray body = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
    for (const char c : body) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != ',' && c != ';')
            return false;
    }
    return true;
}

// UTF-16 or UTF-32 text without a byte order mark has NUL bytes at the same places in every
// character (for Latin letters); CsvReader explains those. Other bytes with NULs are not text.
bool looksLikeWideText(const QByteArray &bytes)
{
    const qsizetype nuls = bytes.count('\0');
    if (bytes.size() < 4 || nuls * 4 < bytes.size())
        return false;
    std::array<qsizetype, 4> nulsAt{};
    std::array<qsizetype, 4> bytesAt{};
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        ++bytesAt.at(size_t(i % 4));
        if (bytes.at(i) == '\0')
            ++nulsAt.at(size_t(i % 4));
    }
    for (size_t i = 0; i < 4; ++i) {
        if (nulsAt.at(i) * 10 >= bytesAt.at(i) * 9)
            return true;
    }
    return false;
}

// Why the bytes are not a CSV file at all, or nothing when they may be one. A workbook chosen
// instead of its CSV export is the usual mistake, so it is named.
QString notTextReason(const QByteArray &bytes)
{
    if (bytes.startsWith("PK\x03\x04"))
        return QStringLiteral("is a zipped file, such as an Excel workbook (.xlsx) or an "
                              "OpenDocument spreadsheet (.ods), not a CSV file; ") +
               kSaveAsCsv;
    if (bytes.startsWith("\xD0\xCF\x11\xE0"))
        return QStringLiteral("is an older Excel workbook (.xls) or another Office document, not "
                              "a CSV file; ") +
               kSaveAsCsv;
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF") || looksLikeWideText(bytes))
        return {}; // UTF-16 (CsvReader reads it) or wide text without a mark (it explains that)
    // Text from a spreadsheet has no NUL and hardly any other control bytes.
    const QByteArray sample = bytes.left(64 * 1024);
    qsizetype controls = 0;
    for (const char c : sample) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte < 0x20 && c != '\t' && c != '\n' && c != '\r') || byte == 0x7F)
            ++controls;
    }
    if (bytes.contains('\0') || (controls > 8 && controls * 20 > sample.size()))
        return QStringLiteral("is not a text file (it holds bytes no CSV file has, such as NUL); "
                              "choose the CSV file of ballots, or ") +
               kSaveAsCsv;
    return {};
}

// A service named in a ballot row: an id written exactly, or a name matched ignoring case and
// extra spaces, as the services import matches eligible services.
class ServiceFinder
{
public:
    explicit ServiceFinder(const Plan &plan)
    {
        for (const Service &service : plan.services) {
            m_ids.insert(service.id);
            m_byName[nameKey(service.name)].append(service.id);
        }
    }

    struct Found
    {
        QString id;
        QString error;
    };

    Found find(const QString &text) const
    {
        if (m_ids.contains(text))
            return {text, {}};
        const QStringList ids = m_byName.value(nameKey(text));
        if (ids.size() == 1)
            return {ids.first(), {}};
        if (ids.size() > 1)
            return {{},
                    QStringLiteral("%1 is the name of %2 services (ids %3); write the id of the "
                                   "one this ballot means")
                        .arg(quoted(text))
                        .arg(ids.size())
                        .arg(ids.join(QStringLiteral(", ")))};
        return {{},
                QStringLiteral("%1 is not a service of this plan; write the service's id or its "
                               "name as the plan spells it")
                    .arg(quoted(text))};
    }

private:
    QSet<QString> m_ids;
    QHash<QString, QStringList> m_byName;

    static QString nameKey(const QString &name) { return name.simplified().toCaseFolded(); }
};

// The dots one ballot gives one service: a whole number written plainly, 0 to kMaxDots. "12.0"
// and "3 dots" are refused rather than guessed at: a room's vote is counted exactly as written.
std::optional<int> parseDots(const QString &text, QString &error)
{
    const QString range =
        QStringLiteral("write a whole number from 0 to %1").arg(BallotsCsv::kMaxDots);
    if (text.isEmpty()) {
        error = QStringLiteral("is empty; %1 (0 when the ballot gave the service no dots), or "
                               "leave out the dots column to count each row as one dot")
                    .arg(range);
        return std::nullopt;
    }
    bool digitsOnly = true;
    for (const QChar c : text)
        digitsOnly = digitsOnly && c >= QLatin1Char('0') && c <= QLatin1Char('9');
    if (digitsOnly) {
        const int dots = text.size() <= 3 ? text.toInt() : BallotsCsv::kMaxDots + 1;
        if (dots <= BallotsCsv::kMaxDots)
            return dots;
        error = QStringLiteral("%1 is more dots than one ballot can give one service; %2")
                    .arg(quoted(text), range);
        return std::nullopt;
    }
    if (text.startsWith(QLatin1Char('-')))
        error = QStringLiteral("%1 is below zero: a ballot cannot take dots away; %2")
                    .arg(quoted(text), range);
    else
        error = QStringLiteral("%1 is not a whole number of dots; %2 (digits only)")
                    .arg(quoted(text), range);
    return std::nullopt;
}

// One pass over the rows of a table whose header has the columns needed.
class BallotRows
{
public:
    BallotRows(const CsvColumns &columns, const Plan &plan, BallotsCsv::Result &result)
        : m_columns(columns)
        , m_finder(plan)
        , m_result(result)
    {
        // A cell the reader already refused (a control character, broken quoting) is not
        // complained about twice.
        for (const Problem &problem : columns.table().problems)
            m_refused.insert(problem.location);
    }

    void read()
    {
        for (const CsvRecord &record : m_columns.table().records)
            readRow(record);
        m_result.votes.setBallots(int(m_ballots.size()));
        m_result.ballots = int(m_ballots.size());
    }

    bool countedAny() const { return m_counted > 0; }

private:
    const CsvColumns &m_columns;
    ServiceFinder m_finder;
    BallotsCsv::Result &m_result;
    QSet<QString> m_refused;
    QSet<QString> m_ballots;
    // (ballot, service id) -> the row that gave it.
    QHash<QPair<QString, QString>, int> m_seen;
    int m_counted = 0;

    void error(const CsvRecord &record, const QString &column, const QString &message)
    {
        m_result.problems << Problem::error(m_columns.location(record, column), message);
    }

    bool refused(const CsvRecord &record, const QString &column) const
    {
        return m_refused.contains(m_columns.location(record, column));
    }

    // True when the row is not a vote and is left out (reported when it has something in it).
    bool skip(const CsvRecord &record, const QString &ballot, const QString &service)
    {
        if (ballot.isEmpty() && service.isEmpty()) {
            const QString dots = m_columns.cell(record, kDots);
            if (!dots.isEmpty())
                m_result.skipped << Problem::warning(
                    m_columns.location(record, kDots),
                    QStringLiteral("%1 has no ballot and no service beside it, so the row is "
                                   "skipped (a sum is not a vote)")
                        .arg(quoted(dots)));
            return true; // a blank row between ballots
        }
        if (!TotalsRowDetector::isTotalsLabel(ballot))
            return false;
        m_result.skipped << Problem::warning(
            m_columns.location(record, kBallot),
            QStringLiteral("%1 is a totals row, so it is skipped: only the ballots are counted")
                .arg(quoted(ballot)));
        return true;
    }

    void readRow(const CsvRecord &record)
    {
        const QString ballot = m_columns.cell(record, kBallot);
        const QString service = m_columns.cell(record, kService);
        if (skip(record, ballot, service))
            return;
        bool ok = !refused(record, kBallot) && !refused(record, kService);
        if (ballot.isEmpty() && !refused(record, kBallot)) {
            error(record, kBallot,
                  QStringLiteral("is empty; write the name or number of the ballot paper that "
                                 "gave %1 its dots")
                      .arg(quoted(service)));
            ok = false;
        }
        QString serviceId;
        if (service.isEmpty() && !refused(record, kService)) {
            error(record, kService,
                  QStringLiteral("is empty; write the service ballot %1 gave its dots to, or "
                                 "delete the row")
                      .arg(quoted(ballot)));
            ok = false;
        } else if (!refused(record, kService)) {
            const ServiceFinder::Found found = m_finder.find(service);
            if (!found.error.isEmpty())
                error(record, kService, found.error);
            serviceId = found.id;
            ok = ok && !serviceId.isEmpty();
        }
        int dots = 1; // without a dots column, each row is one dot
        if (m_columns.has(kDots) && !refused(record, kDots)) {
            QString why;
            const std::optional<int> parsed = parseDots(m_columns.cell(record, kDots), why);
            if (!parsed)
                error(record, kDots, why);
            dots = parsed.value_or(0);
            ok = ok && parsed.has_value();
        } else if (m_columns.has(kDots)) {
            ok = false;
        }
        if (ok)
            count(record, ballot, service, serviceId, dots);
    }

    void count(const CsvRecord &record, const QString &ballot, const QString &service,
               const QString &serviceId, int dots)
    {
        const QPair<QString, QString> key{ballotKey(ballot), serviceId};
        if (const auto earlier = m_seen.constFind(key); earlier != m_seen.constEnd()) {
            error(record, kService,
                  QStringLiteral("%1 is on ballot %2 twice, here and in row %3; give each "
                                 "service one row per ballot, with its dots added together")
                      .arg(quoted(service), quoted(ballot))
                      .arg(*earlier));
            return;
        }
        m_seen.insert(key, record.row);
        m_ballots.insert(key.first);
        m_result.votes.add(serviceId, dots);
        ++m_counted;
    }
};

// At most kMaxProblems, then one line saying how many more: the first page is enough to see
// whether it is the wrong file or a few typos.
void capProblems(Problems &problems, const QString &fileName)
{
    if (problems.size() <= BallotsCsv::kMaxProblems)
        return;
    const qsizetype more = problems.size() - BallotsCsv::kMaxProblems;
    problems.resize(BallotsCsv::kMaxProblems);
    problems << Problem::error(fileName,
                               QStringLiteral("has %1 more problems like these; is it the file "
                                              "of ballots? Fix the ones above and read it again")
                                   .arg(more));
}

BallotsCsv::Result refusal(const QString &location, const QString &message)
{
    BallotsCsv::Result result;
    result.problems << Problem::error(location, message);
    return result;
}

BallotsCsv::Result tooLarge(const QString &fileName, qint64 size)
{
    constexpr qint64 kMegabyte = 1024 * 1024;
    return refusal(fileName, QStringLiteral("is %1 MB; a file of ballots is far smaller (at most "
                                            "%2 MB are read), so is it the right file?")
                                 .arg((size + kMegabyte - 1) / kMegabyte)
                                 .arg(BallotsCsv::kMaxBytes / kMegabyte));
}

QString columnsNeeded()
{
    return QStringLiteral("\"ballot\" (the ballot paper's name or number), \"service\" (a "
                          "service's id or name) and, if ballots give more than one dot, "
                          "\"dots\"");
}

} // namespace

BallotsCsv::Result BallotsCsv::read(const QByteArray &bytes, const QString &fileName,
                                    const Plan &plan)
{
    if (bytes.size() > kMaxBytes)
        return tooLarge(fileName, bytes.size());
    if (isBlankText(bytes))
        return refusal(fileName, QStringLiteral("is empty; it needs a header row with the columns "
                                                "%1, and one row per ballot and service below it")
                                     .arg(columnsNeeded()));
    if (const QString why = notTextReason(bytes); !why.isEmpty())
        return refusal(fileName, why);

    Result result;
    const CsvTable table = CsvReader::read(bytes, fileName);
    for (const Problem &problem : table.problems)
        (problem.isError() ? result.problems : result.warnings) << problem;
    if (!table.hasHeader()) {
        capProblems(result.problems, fileName);
        return result;
    }
    if (table.records.size() > kMaxRows)
        return refusal(fileName,
                       QStringLiteral("has %1 rows below its header; at most %2 ballot rows are "
                                      "read, so is it the right file?")
                           .arg(table.records.size())
                           .arg(kMaxRows));

    const CsvColumns columns(table, {kBallot, kService}, {kDots});
    for (const Problem &problem : columns.problems())
        (problem.isError() ? result.problems : result.warnings) << problem;
    if (!columns.has(kBallot) || !columns.has(kService)) {
        capProblems(result.problems, fileName);
        return result;
    }

    BallotRows rows(columns, plan, result);
    rows.read();
    if (result.problems.isEmpty() && !rows.countedAny())
        result.problems << columns.nothingBelowHeader(QStringLiteral("ballots"));
    capProblems(result.problems, fileName);
    if (!result.ok()) {
        // Nothing half counted: a refused file gives no votes at all.
        result.votes = DotVotes();
        result.ballots = 0;
    }
    return result;
}

BallotsCsv::Result BallotsCsv::readFile(const QString &path, const Plan &plan)
{
    const QFileInfo info(path);
    // Named without the folder, as every other message names it; a folder by its own name.
    QString name = info.isDir() ? QDir(path).dirName() : info.fileName();
    if (name.isEmpty())
        name = path; // "/", or a file's path ending in a slash
    QFile file(path);
    if (info.isDir())
        return refusal(name, QStringLiteral("is a folder; choose the CSV file of ballots in it"));
    if (!file.open(QIODevice::ReadOnly))
        return refusal(name, QStringLiteral("cannot be read (%1); check that the file exists and "
                                            "that it is not open in another program")
                                 .arg(file.errorString()));
    if (file.size() > kMaxBytes)
        return tooLarge(name, file.size()); // without reading it all first
    return read(file.readAll(), name, plan);
}

} // namespace lps

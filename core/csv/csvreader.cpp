#include "csvreader.h"

#include "textdecoder.h"
#include "validation/controlcharacters.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <array>

namespace lps {

namespace {

const QChar kQuote = QLatin1Char('"');
const QChar kCr = QLatin1Char('\r');
const QChar kLf = QLatin1Char('\n');
const QChar kSpace = QLatin1Char(' ');

// The character at a position, or a null character past the end, for looking one ahead.
QChar charAt(const QString &text, qsizetype index)
{
    return index < text.size() ? text.at(index) : QChar();
}

bool isLineBreak(QChar c)
{
    return c == kCr || c == kLf;
}

// A problem found while parsing, before the header (and so the column names) is known.
struct Issue
{
    int row = 0;
    int line = 0;
    qsizetype column = 0;
    QString message;
};

// Splits decoded text into records. Keeps going after malformed quoting so that one pass reports
// every problem; the text of a malformed cell is kept as it stands.
class RecordParser
{
public:
    RecordParser(const QString &text, QChar delimiter)
        : m_text(text)
        , m_delimiter(delimiter)
    {
    }

    bool atEnd() const { return m_pos >= m_text.size(); }
    QList<Issue> issues;

    CsvRecord next()
    {
        CsvRecord record;
        record.row = m_row;
        record.line = m_line;
        for (;;) {
            record.fields << field(record, record.fields.size());
            if (atEnd() || isLineBreak(current())) {
                skipLineBreak();
                ++m_row;
                return record;
            }
            ++m_pos; // the delimiter
        }
    }

private:
    const QString &m_text;
    QChar m_delimiter;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_row = 1;

    QChar current() const { return m_text.at(m_pos); }
    bool endsField() const { return atEnd() || current() == m_delimiter || isLineBreak(current()); }

    // CRLF, LF and a lone CR (old Mac exports) each end one line.
    void skipLineBreak()
    {
        if (atEnd())
            return;
        if (current() == kCr && charAt(m_text, m_pos + 1) == kLf)
            ++m_pos;
        ++m_pos;
        ++m_line;
    }

    void issue(const CsvRecord &record, qsizetype column, const QString &message)
    {
        issues.append({record.row, record.line, column, message});
    }

    QString field(const CsvRecord &record, qsizetype column)
    {
        // Spaces before an opening quote (`a, "b"`) are tolerated: hand-written files have them.
        qsizetype start = m_pos;
        while (!atEnd() && current() == kSpace && m_delimiter != kSpace)
            ++m_pos;
        if (!atEnd() && current() == kQuote)
            return quoted(record, column);
        m_pos = start;
        return unquoted(record, column);
    }

    QString unquoted(const CsvRecord &record, qsizetype column)
    {
        const qsizetype start = m_pos;
        bool reported = false;
        for (; !endsField(); ++m_pos) {
            if (current() == kQuote && !reported) {
                reported = true;
                issue(record, column,
                      QStringLiteral("has a double quote inside a cell that does not start with "
                                     "one; enclose the whole cell in double quotes and double "
                                     "the quote inside it (\"12\"\" pipe\")"));
            }
        }
        return m_text.mid(start, m_pos - start);
    }

    QString quoted(const CsvRecord &record, qsizetype column)
    {
        const int openLine = m_line;
        ++m_pos; // the opening quote
        QString value;
        for (;;) {
            if (atEnd()) {
                issues.append({record.row, openLine, column,
                               QStringLiteral("the double quote that opens this cell is never "
                                              "closed, so the rest of the file was read into it; "
                                              "add the closing quote")});
                return value;
            }
            const QChar c = current();
            if (c == kQuote && charAt(m_text, m_pos + 1) == kQuote) {
                value += kQuote;
                m_pos += 2;
            } else if (c == kQuote) {
                ++m_pos;
                return value + afterClosingQuote(record, column);
            } else if (isLineBreak(c)) {
                skipLineBreak();
                value += kLf;
            } else {
                value += c;
                ++m_pos;
            }
        }
    }

    // Only spaces may follow a closing quote; anything else means a quote that was not doubled.
    QString afterClosingQuote(const CsvRecord &record, qsizetype column)
    {
        while (!atEnd() && current() == kSpace && m_delimiter != kSpace)
            ++m_pos;
        if (endsField())
            return {};
        issue(record, column,
              QStringLiteral("has text after the closing double quote; a double quote inside a "
                             "quoted cell must be doubled (\"say \"\"hello\"\"\")"));
        return unquotedRest();
    }

    QString unquotedRest()
    {
        const qsizetype start = m_pos;
        while (!endsField())
            ++m_pos;
        return m_text.mid(start, m_pos - start);
    }
};

bool isBlank(const CsvRecord &record)
{
    for (const QString &field : record.fields) {
        if (!field.trimmed().isEmpty())
            return false;
    }
    return true;
}

qsizetype lastNonBlankColumn(const CsvRecord &record)
{
    for (qsizetype i = record.fields.size() - 1; i >= 0; --i) {
        if (!record.fields.at(i).trimmed().isEmpty())
            return i;
    }
    return -1;
}

// A cell beyond the header almost always means an unquoted delimiter inside a value, typically
// a thousands separator in a comma-separated file; Excel's trailing empty cells are harmless.
void checkWidth(CsvTable &table, const CsvRecord &record)
{
    const qsizetype last = lastNonBlankColumn(record);
    if (last < table.header.size())
        return;
    const QString delimiter =
        table.delimiter == QLatin1Char('\t') ? QStringLiteral("tab") : QString(table.delimiter);
    table.problems << Problem::error(
        table.location(record, table.header.size()),
        QStringLiteral("\"%1\" is beyond the last column: this row has %2 cells but the header "
                       "has %3; a value that contains the delimiter (%4) must be enclosed in "
                       "double quotes, e.g. \"1,234.50\"")
            .arg(record.field(table.header.size()).trimmed())
            .arg(last + 1)
            .arg(table.header.size())
            .arg(delimiter));
}

void fillTable(CsvTable &table, const QString &text)
{
    RecordParser parser(text, table.delimiter);
    while (!parser.atEnd()) {
        CsvRecord record = parser.next();
        if (isBlank(record))
            continue;
        if (!table.hasHeader()) {
            table.header = record.fields;
            table.headerRow = record.row;
            table.headerLine = record.line;
            continue;
        }
        checkWidth(table, record);
        table.records << record;
    }
    for (const Issue &issue : parser.issues)
        table.problems << Problem::error(table.location(issue.row, issue.line, issue.column),
                                         issue.message);
}

} // namespace

QChar CsvReader::detectDelimiter(const QString &text)
{
    // Candidates in the order that wins a tie.
    constexpr std::array<char16_t, 3> candidates{u'\t', u';', u','};
    std::array<int, 3> counts{};
    bool inQuotes = false;
    bool seenText = false; // a line of nothing but delimiters is a blank row, not the header
    for (const QChar c : text) {
        if (!inQuotes && isLineBreak(c)) {
            if (seenText)
                break;
            counts = {};
            continue;
        }
        if (c == kQuote)
            inQuotes = !inQuotes; // a doubled quote toggles twice: no harm
        const auto *found = std::find(candidates.begin(), candidates.end(), c.unicode());
        if (found == candidates.end())
            seenText = seenText || !c.isSpace();
        else if (!inQuotes)
            ++counts.at(size_t(found - candidates.begin()));
    }
    const auto most = std::max_element(counts.begin(), counts.end()); // the first of equals
    return *most == 0 ? QLatin1Char(',') : QChar(candidates.at(size_t(most - counts.begin())));
}

namespace {

// NUL bytes do not occur in text a spreadsheet saves as CSV, except in UTF-16 or UTF-32 without a
// byte order mark (every second or three bytes in four are NUL for plain letters).
bool looksLikeWideText(const QByteArray &bytes)
{
    if (bytes.size() < 4 || bytes.startsWith("\xff\xfe") || bytes.startsWith("\xfe\xff"))
        return false;
    const qsizetype nuls = bytes.count('\0');
    return nuls * 4 >= bytes.size();
}

} // namespace

// One error per cell that holds a control character, the first ten of them (a binary file has
// thousands), then how many more. The characters become U+FFFD, so that no later message
// quoting the cell prints them to a terminal.
void CsvReader::refuseControlCharacters(CsvTable &table)
{
    constexpr int kShown = 10;
    int found = 0;
    const auto check = [&](CsvRecord record) {
        for (qsizetype column = 0; column < record.fields.size(); ++column) {
            QString &cell = record.fields[column];
            const std::optional<QChar> first = ControlCharacters::firstIn(cell);
            if (!first)
                continue;
            cell = ControlCharacters::visible(cell);
            if (++found <= kShown)
                table.problems << Problem::error(
                    table.location(record, column),
                    QStringLiteral("holds a control character (U+%1) that cannot be seen or "
                                   "printed; delete it from the cell and save the file again")
                        .arg(ControlCharacters::codePoint(*first).mid(2)));
        }
        return record.fields;
    };
    table.header = check(CsvRecord{table.headerRow, table.headerLine, table.header});
    for (CsvRecord &record : table.records)
        record.fields = check(record);
    if (found > kShown)
        table.problems << Problem::error(
            table.fileName, QStringLiteral("%1 more cells hold control characters; is this a "
                                           "spreadsheet saved as CSV?")
                                .arg(found - kShown));
}

CsvTable CsvReader::read(const QByteArray &bytes, const QString &fileName)
{
    CsvTable table;
    table.fileName = fileName;
    if (looksLikeWideText(bytes)) {
        table.problems << Problem::error(
            fileName, QStringLiteral("looks like UTF-16 or UTF-32 text without a byte order mark, "
                                     "which cannot be read reliably; save it again from the "
                                     "spreadsheet as \"CSV UTF-8\" (or plain \"CSV\")"));
        return table;
    }
    const TextDecoder::Result decoded = TextDecoder::decode(bytes);
    table.encoding = decoded.encoding;
    if (!decoded.error.isEmpty()) {
        table.problems << Problem::error(fileName, decoded.error);
        return table;
    }
    table.delimiter = detectDelimiter(decoded.text);
    fillTable(table, decoded.text);
    refuseControlCharacters(table);
    if (!table.hasHeader())
        table.problems << Problem::error(
            fileName, QStringLiteral("is empty; it needs a header row naming the columns"));
    return table;
}

CsvTable CsvReader::readFile(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return unreadable(path, file.errorString());
    return read(file.readAll(), name);
}

CsvTable CsvReader::unreadable(const QString &path, const QString &why)
{
    CsvTable table;
    table.fileName = QFileInfo(path).fileName();
    table.problems << Problem::error(path, QStringLiteral("cannot be read: %1").arg(why));
    return table;
}

} // namespace lps

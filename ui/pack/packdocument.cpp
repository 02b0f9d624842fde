#include "packdocument.h"

#include "pack/packchartobject.h"

#include <QAbstractTextDocumentLayout>
#include <QPagedPaintDevice>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextTable>

#include <cmath>

namespace lps {

namespace {

const QStringList kFamilies{QStringLiteral("DejaVu Sans"), QStringLiteral("Segoe UI"),
                            QStringLiteral("Arial"), QStringLiteral("Helvetica")};

} // namespace

QFont PackDocument::font(double points, bool bold)
{
    QFont font;
    font.setFamilies(kFamilies);
    font.setPointSizeF(points);
    font.setBold(bold);
    // Any letter spacing turns ligatures off, so "off" stays three letters that a reader can
    // find and copy from the PDF, not "o" and the ligature "ﬀ".
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
    return font;
}

namespace {

QTextCharFormat text(double points, bool bold = false, const QColor &colour = Qt::black)
{
    QTextCharFormat format;
    format.setFont(PackDocument::font(points, bold));
    format.setForeground(colour);
    return format;
}

QTextBlockFormat block(double unit, double before, double after, bool pageBreak = false)
{
    QTextBlockFormat format;
    format.setTopMargin(before * unit);
    format.setBottomMargin(after * unit);
    if (pageBreak)
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    return format;
}

// A point in the lengths of text formats: QTextDocument takes them as pixels at 96 dpi and
// scales them to the paint device itself.
constexpr double kFormatPoint = 96.0 / 72.0;

} // namespace

// Sets the pack's content in the document, starting a page where `breaks` say, and notes where
// each piece went so that PackDocument can find what a page's foot splits.
class PackSetter
{
public:
    PackSetter(PackDocument &pack, double unit, double width)
        : m_pack(pack)
        , m_cursor(pack.m_document.get())
        , m_unit(kFormatPoint)
        , m_charts(new PackChartObject(unit, width, pack.m_document.get()))
    {
        pack.m_document->documentLayout()->registerHandler(PackChartObject::kType, m_charts);
    }

    /// Where each piece went, once the document is laid out.
    void place()
    {
        QAbstractTextDocumentLayout *layout = m_pack.m_document->documentLayout();
        for (const Noted &noted : std::as_const(m_noted)) {
            double top = 1e300, bottom = -1e300;
            for (const QTextBlock &b : noted.blocks) {
                const QRectF rect = layout->blockBoundingRect(b);
                top = std::min(top, rect.top());
                bottom = std::max(bottom, rect.bottom());
            }
            m_pack.m_placed.append({noted.at, top, bottom, noted.heading});
        }
    }

    void cover(const PackContent &pack)
    {
        m_cursor.setBlockFormat(block(m_unit, 120, 12));
        m_cursor.setCharFormat(text(26, true, QColor(0x1f, 0x4e, 0x79)));
        m_cursor.insertText(QObject::tr("Councillor pack"));
        line(pack.planName, 18, true, 6);
        if (!pack.locality.isEmpty())
            line(pack.locality, 14, false, 4);
        line(QObject::tr("Scenario: %1").arg(pack.scenarioName), 14, false, 24);
        if (!pack.baseName.isEmpty())
            line(QObject::tr("Set against: %1").arg(pack.baseName), 12, false, 4);
        line(QObject::tr("Years: %1").arg(pack.years), 12, false, 4);
        line(QObject::tr("Prepared: %1").arg(pack.prepared), 12, false, 4);
        const QColor proof = pack.proven ? QColor(0x1b, 0x5e, 0x20) : QColor(0xb7, 0x1c, 0x1c);
        for (qsizetype i = 0; i < pack.proof.size(); ++i)
            line(pack.proof.at(i), 11, !pack.proven, i == 0 ? 24 : 2, proof);
    }

    /// A section opens its own document: its title is the document's first paragraph.
    void section(const PackSection &section)
    {
        m_cursor.setBlockFormat(block(m_unit, 0, 8));
        m_cursor.setCharFormat(text(18, true, QColor(0x1f, 0x4e, 0x79)));
        m_cursor.insertText(section.title);
        for (const PackBlock &piece : section.blocks) {
            ++m_piece;
            add(piece);
        }
    }

private:
    void line(const QString &words, double points, bool bold, double before,
              const QColor &colour = Qt::black, bool newPage = false)
    {
        m_cursor.insertBlock(block(m_unit, before, 0, newPage), text(points, bold, colour));
        m_cursor.insertText(words);
    }

    void add(const PackBlock &piece)
    {
        switch (piece.kind) {
        case PackBlock::Kind::Heading:
            line(piece.text, 12.5, true, 12, QColor(0x1f, 0x4e, 0x79),
                 m_pack.m_breaks.contains({m_piece, -1}));
            note({m_piece, -1}, {m_cursor.block()}, true);
            break;
        case PackBlock::Kind::Paragraph:
            paragraph(piece.text, text(10));
            break;
        case PackBlock::Kind::Callout:
            paragraph(piece.text, text(10.5, true, QColor(0xb7, 0x1c, 0x1c)));
            break;
        case PackBlock::Kind::Table:
            table(piece.table);
            break;
        case PackBlock::Kind::Chart:
            chart(piece.chart);
            break;
        }
    }

    void paragraph(const QString &words, const QTextCharFormat &format)
    {
        // Each line of the text its own paragraph, so bullet lists keep their breaks.
        const QStringList parts = words.split(QLatin1Char('\n'));
        for (int i = 0; i < parts.size(); ++i) {
            const PackDocument::Break at{m_piece, -1 - i};
            m_cursor.insertBlock(block(m_unit, 4, 2, m_pack.m_breaks.contains(at)), format);
            m_cursor.insertText(parts.at(i));
            note(at, {m_cursor.block()}, false);
        }
    }

    void chart(const PackChart &chart)
    {
        m_cursor.insertBlock(block(m_unit, 8, 4, m_pack.m_breaks.contains({m_piece, -1})));
        QTextCharFormat object;
        object.setObjectType(PackChartObject::kType);
        object.setProperty(PackChartObject::kIndex, m_charts->add(chart));
        m_cursor.insertText(QString(QChar::ObjectReplacementCharacter), object);
        note({m_piece, -1}, {m_cursor.block()}, false);
    }

    void table(const PackTable &table)
    {
        // A row the page's foot would split starts a new table on the next page, with the header.
        int from = 0;
        while (from < table.rows.size()) {
            int to = from + 1;
            while (to < table.rows.size() && !m_pack.m_breaks.contains({m_piece, to}))
                ++to;
            part(table, from, to, m_pack.m_breaks.contains({m_piece, from}));
            from = to;
        }
        if (table.rows.isEmpty())
            part(table, 0, 0, false);
    }

    void part(const PackTable &table, int from, int to, bool newPage)
    {
        const int columns = int(table.header.size());
        if (columns == 0)
            return;
        m_cursor.insertBlock(block(m_unit, newPage ? 0 : 6, 0));
        QTextTableFormat format;
        format.setHeaderRowCount(1);
        format.setCellPadding(2.5 * m_unit);
        format.setCellSpacing(0);
        format.setBorder(0.5 * m_unit);
        format.setBorderBrush(QColor(0xb0, 0xb0, 0xb0));
        format.setBorderCollapse(true);
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        if (newPage)
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QList<QTextLength> widths;
        for (int c = 0; c < columns; ++c)
            widths << QTextLength(QTextLength::PercentageLength, table.widths.size() == columns
                                                                     ? table.widths.at(c)
                                                                     : 100.0 / columns);
        format.setColumnWidthConstraints(widths);
        QTextTable *grid = m_cursor.insertTable(to - from + 1, columns, format);
        for (int c = 0; c < columns; ++c)
            cell(grid, 0, c, table.header.at(c), table.figureColumns.contains(c), true, true);
        for (int r = from; r < to; ++r) {
            const QStringList &row = table.rows.at(r);
            const int at = r - from + 1;
            if (table.noteRows.contains(r)) {
                grid->mergeCells(at, 0, 1, columns);
                noteCell(grid, at, row.value(0));
            } else {
                for (int c = 0; c < columns; ++c)
                    cell(grid, at, c, row.value(c), table.figureColumns.contains(c),
                         table.totalRows.contains(r), false);
            }
            QList<QTextBlock> blocks;
            for (int c = 0; c < columns; ++c) {
                const QTextTableCell place = grid->cellAt(at, c);
                for (auto it = place.begin(); !it.atEnd(); ++it) {
                    if (it.currentBlock().isValid())
                        blocks << it.currentBlock();
                }
            }
            note({m_piece, r}, blocks, false);
        }
        m_cursor.movePosition(QTextCursor::End);
    }

    void cell(QTextTable *grid, int row, int column, const QString &words, bool figure, bool bold,
              bool header)
    {
        QTextTableCell place = grid->cellAt(row, column);
        if (header) {
            QTextCharFormat shade = place.format();
            shade.setBackground(QColor(0xe8, 0xee, 0xf4));
            place.setFormat(shade);
        }
        QTextCursor at = place.firstCursorPosition();
        QTextBlockFormat alignment;
        alignment.setAlignment(figure ? Qt::AlignRight : Qt::AlignLeft);
        // A figure is never wrapped: "£2,400,0" over "00.00" could be misread.
        alignment.setNonBreakableLines(figure);
        at.setBlockFormat(alignment);
        at.insertText(words, text(8.5, bold));
    }

    void note(const PackDocument::Break &at, const QList<QTextBlock> &blocks, bool heading)
    {
        m_noted.append({at, blocks, heading});
    }

    void noteCell(QTextTable *grid, int row, const QString &words)
    {
        QTextCursor at = grid->cellAt(row, 0).firstCursorPosition();
        const QStringList parts = words.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < parts.size(); ++i) {
            if (i > 0)
                at.insertBlock();
            at.insertText(parts.at(i), text(8, false, QColor(0x33, 0x33, 0x33)));
        }
    }

    struct Noted
    {
        PackDocument::Break at;
        QList<QTextBlock> blocks;
        bool heading = false;
    };

    PackDocument &m_pack;
    QTextCursor m_cursor;
    double m_unit;
    PackChartObject *m_charts;
    int m_piece = 0;
    QList<Noted> m_noted;
};

PackDocument::PackDocument(const PackContent &pack, int section, QPagedPaintDevice &device,
                           const QSizeF &body)
{
    // Each round starts a page before the first piece the last round's pages split; a piece
    // already at the top of a page, or already given a page of its own, is left to split, as
    // no page could hold it whole.
    for (int round = 0; round < 500; ++round) {
        set(pack, section, device, body);
        const std::optional<Break> split = firstSplit(body.height());
        if (!split)
            return;
        m_breaks.insert(*split);
    }
}

void PackDocument::set(const PackContent &pack, int section, QPagedPaintDevice &device,
                       const QSizeF &body)
{
    m_document = std::make_unique<QTextDocument>();
    m_placed.clear();
    m_document->documentLayout()->setPaintDevice(&device);
    m_document->setDocumentMargin(0);
    m_document->setDefaultFont(font(10));
    m_document->setPageSize(body);
    PackSetter setter(*this, device.logicalDpiY() / 72.0, body.width());
    {
        // One edit block: the document is laid out once at the end, not after every cell.
        QTextCursor edit(m_document.get());
        edit.beginEditBlock();
        if (section < 0)
            setter.cover(pack);
        else
            setter.section(pack.sections.at(section));
        edit.endEditBlock();
    }
    m_document->pageCount();
    setter.place();
}

std::optional<PackDocument::Break> PackDocument::firstSplit(double pageHeight) const
{
    const auto page = [pageHeight](double y) {
        return int(std::floor(y / pageHeight));
    };
    for (qsizetype i = 0; i < m_placed.size(); ++i) {
        const Placed &placed = m_placed.at(i);
        // Given a page of its own already, or within a top margin of the page's head.
        const bool atTop = m_breaks.contains(placed.at) ||
                           placed.top - page(placed.top) * pageHeight < pageHeight * 0.03;
        if (!atTop && page(placed.top) != page(placed.bottom - 0.5)) {
            // The heading just above goes too, rather than after it: two breaks in a row would
            // leave the heading alone on a page.
            const Placed *above = i > 0 ? &m_placed.at(i - 1) : nullptr;
            if (above && above->heading && !m_breaks.contains(above->at) &&
                page(above->top) == page(placed.top))
                return above->at;
            return placed.at;
        }
        // A heading whose first piece went on to the next page goes with it.
        if (placed.heading && i + 1 < m_placed.size() &&
            page(m_placed.at(i + 1).top) != page(placed.top) && !atTop)
            return placed.at;
    }
    return std::nullopt;
}

} // namespace lps

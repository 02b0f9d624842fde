#include "packrenderer.h"

#include "pack/packchartobject.h"

#include <QAbstractTextDocumentLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

namespace lps {

namespace {

const QStringList kFamilies{QStringLiteral("DejaVu Sans"), QStringLiteral("Segoe UI"),
                            QStringLiteral("Arial"), QStringLiteral("Helvetica")};

QFont packFont(double points, bool bold = false)
{
    QFont font;
    font.setFamilies(kFamilies);
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

QTextCharFormat text(double points, bool bold = false, const QColor &colour = Qt::black)
{
    QTextCharFormat format;
    format.setFont(packFont(points, bold));
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

// The pack's content set in a document; `unit` is a point in the device's pixels, for charts.
class Setter
{
public:
    Setter(QTextDocument &document, double unit, double width)
        : m_cursor(&document)
        , m_unit(kFormatPoint)
        , m_charts(new PackChartObject(unit, width, &document))
    {
        document.documentLayout()->registerHandler(PackChartObject::kType, m_charts);
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

    void section(const PackSection &section)
    {
        m_cursor.insertBlock(block(m_unit, 0, 8, true), text(18, true, QColor(0x1f, 0x4e, 0x79)));
        m_cursor.insertText(section.title);
        for (const PackBlock &piece : section.blocks)
            add(piece);
    }

private:
    void line(const QString &words, double points, bool bold, double before,
              const QColor &colour = Qt::black)
    {
        m_cursor.insertBlock(block(m_unit, before, 0), text(points, bold, colour));
        m_cursor.insertText(words);
    }

    void add(const PackBlock &piece)
    {
        switch (piece.kind) {
        case PackBlock::Kind::Heading:
            line(piece.text, 12.5, true, 12, QColor(0x1f, 0x4e, 0x79));
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
        for (const QString &part : words.split(QLatin1Char('\n'))) {
            m_cursor.insertBlock(block(m_unit, 4, 2), format);
            m_cursor.insertText(part);
        }
    }

    void chart(const PackChart &chart)
    {
        m_cursor.insertBlock(block(m_unit, 8, 4));
        QTextCharFormat object;
        object.setObjectType(PackChartObject::kType);
        object.setProperty(PackChartObject::kIndex, m_charts->add(chart));
        m_cursor.insertText(QString(QChar::ObjectReplacementCharacter), object);
    }

    void table(const PackTable &table)
    {
        const int columns = int(table.header.size());
        if (columns == 0)
            return;
        m_cursor.insertBlock(block(m_unit, 6, 0));
        QTextTableFormat format;
        format.setHeaderRowCount(1);
        format.setCellPadding(2.5 * m_unit);
        format.setCellSpacing(0);
        format.setBorder(0.5 * m_unit);
        format.setBorderBrush(QColor(0xb0, 0xb0, 0xb0));
        format.setBorderCollapse(true);
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        QList<QTextLength> widths;
        for (int c = 0; c < columns; ++c)
            widths << QTextLength(QTextLength::PercentageLength, table.widths.size() == columns
                                                                     ? table.widths.at(c)
                                                                     : 100.0 / columns);
        format.setColumnWidthConstraints(widths);
        QTextTable *grid = m_cursor.insertTable(int(table.rows.size()) + 1, columns, format);
        for (int c = 0; c < columns; ++c)
            cell(grid, 0, c, table.header.at(c), table.figureColumns.contains(c), true, true);
        for (int r = 0; r < table.rows.size(); ++r) {
            const QStringList &row = table.rows.at(r);
            if (table.noteRows.contains(r)) {
                grid->mergeCells(r + 1, 0, 1, columns);
                note(grid, r + 1, row.value(0));
                continue;
            }
            for (int c = 0; c < columns; ++c)
                cell(grid, r + 1, c, row.value(c), table.figureColumns.contains(c),
                     table.totalRows.contains(r), false);
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
        at.setBlockFormat(alignment);
        at.insertText(words, text(8.5, bold));
    }

    void note(QTextTable *grid, int row, const QString &words)
    {
        QTextCursor at = grid->cellAt(row, 0).firstCursorPosition();
        const QStringList parts = words.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < parts.size(); ++i) {
            if (i > 0)
                at.insertBlock();
            at.insertText(parts.at(i), text(8, false, QColor(0x33, 0x33, 0x33)));
        }
    }

    QTextCursor m_cursor;
    double m_unit;
    PackChartObject *m_charts;
};

} // namespace

QPageSize PackRenderer::pageSize(const QString &name)
{
    return name.compare(QLatin1String("letter"), Qt::CaseInsensitive) == 0
               ? QPageSize(QPageSize::Letter)
               : QPageSize(QPageSize::A4);
}

int PackRenderer::render(const PackContent &pack, QPagedPaintDevice &device)
{
    const double resolution = device.logicalDpiY();
    const double unit = resolution / 72.0;
    const QRectF paper = device.pageLayout().paintRectPixels(int(resolution));
    const double band = 26 * unit;
    const QSizeF body(paper.width(), paper.height() - 2 * band);

    QTextDocument document;
    document.documentLayout()->setPaintDevice(&device);
    document.setDocumentMargin(0);
    document.setDefaultFont(packFont(10));
    document.setPageSize(body);
    {
        // One edit block: the document is laid out once at the end, not after every cell.
        QTextCursor edit(&document);
        edit.beginEditBlock();
        Setter setter(document, unit, body.width());
        setter.cover(pack);
        for (const PackSection &section : pack.sections)
            setter.section(section);
        edit.endEditBlock();
    }

    const int pages = document.pageCount();
    QPainter painter(&device);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device.newPage();
        painter.setFont(packFont(8));
        painter.setPen(QColor(0x44, 0x44, 0x44));
        const QRectF top(0, 0, paper.width(), band - 8 * unit);
        const QString warning = pack.proven ? QString() : QObject::tr("  NOT PROVEN OPTIMAL");
        painter.drawText(top, Qt::AlignLeft | Qt::AlignVCenter, pack.runningHeader + warning);
        painter.drawLine(QPointF(0, band - 6 * unit), QPointF(paper.width(), band - 6 * unit));
        painter.save();
        painter.translate(0, band - page * body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, page * body.height(), body.width(), body.height());
        painter.setClipRect(context.clip);
        document.documentLayout()->draw(&painter, context);
        painter.restore();
        const QRectF bottom(0, paper.height() - band + 8 * unit, paper.width(), band - 8 * unit);
        painter.drawText(bottom, Qt::AlignLeft | Qt::AlignVCenter,
                         QObject::tr("Prepared %1 with LPS Planner").arg(pack.prepared));
        painter.drawText(bottom, Qt::AlignRight | Qt::AlignVCenter,
                         QObject::tr("Page %1 of %2").arg(page + 1).arg(pages));
    }
    return pages;
}

QString PackRenderer::writePdf(const PackContent &pack, const QString &path, const QPageSize &size,
                               int *pages)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QObject::tr("%1 cannot be written: %2").arg(path, file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setResolution(600);
        writer.setPageSize(size);
        writer.setPageMargins(QMarginsF(18, 16, 18, 16), QPageLayout::Millimeter);
        writer.setTitle(QObject::tr("Councillor pack: %1").arg(pack.runningHeader));
        writer.setCreator(QStringLiteral("LPS Planner"));
        const int count = render(pack, writer);
        if (pages)
            *pages = count;
    }
    if (!file.commit())
        return QObject::tr("%1 cannot be written: %2").arg(path, file.errorString());
    return QString();
}

} // namespace lps

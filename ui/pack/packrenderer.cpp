#include "packrenderer.h"

#include "pack/packdocument.h"

#include <QAbstractTextDocumentLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

#include <memory>
#include <vector>

namespace lps {

namespace {

// The running header on every page: the plan, the scenario and the years, and a warning in red
// when an answer is not proven, which is never cut off.
void furniture(QPainter &painter, const PackContent &pack, const QRectF &paper, double band,
               double unit)
{
    painter.setFont(PackDocument::font(8));
    painter.setPen(QColor(0x44, 0x44, 0x44));
    const QRectF top(0, 0, paper.width(), band - 8 * unit);
    // The warning first, whole and in red; the plan and scenario shortened to what is left.
    double room = top.width();
    if (!pack.proven) {
        const QString warning = QObject::tr("NOT PROVEN OPTIMAL: see the cover");
        painter.save();
        painter.setPen(QColor(0xb7, 0x1c, 0x1c));
        painter.drawText(top, Qt::AlignRight | Qt::AlignVCenter, warning);
        painter.restore();
        room -= painter.fontMetrics().horizontalAdvance(warning) + 12 * unit;
    }
    painter.drawText(
        top, Qt::AlignLeft | Qt::AlignVCenter,
        painter.fontMetrics().elidedText(pack.runningHeader, Qt::ElideRight, int(room)));
    painter.drawLine(QPointF(0, band - 6 * unit), QPointF(paper.width(), band - 6 * unit));
}

void pageNumber(QPainter &painter, const PackContent &pack, const QRectF &paper, double band,
                double unit, int page, int pages)
{
    const QRectF bottom(0, paper.height() - band + 8 * unit, paper.width(), band - 8 * unit);
    painter.drawText(bottom, Qt::AlignLeft | Qt::AlignVCenter,
                     QObject::tr("Prepared %1 with LPS Planner").arg(pack.prepared));
    painter.drawText(bottom, Qt::AlignRight | Qt::AlignVCenter,
                     QObject::tr("Page %1 of %2").arg(page).arg(pages));
}

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

    // The cover, then each section from a new page: (document, its page) for every page.
    std::vector<std::unique_ptr<PackDocument>> parts;
    QList<QPair<QTextDocument *, int>> sheets;
    for (int section = -1; section < pack.sections.size(); ++section) {
        parts.push_back(std::make_unique<PackDocument>(pack, section, device, body));
        QTextDocument &document = parts.back()->document();
        for (int page = 0; page < document.pageCount(); ++page)
            sheets.append({&document, page});
    }
    const int pages = int(sheets.size());
    QPainter painter(&device);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device.newPage();
        furniture(painter, pack, paper, band, unit);
        const auto [document, sheet] = sheets.at(page);
        painter.save();
        painter.translate(0, band - sheet * body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, sheet * body.height(), body.width(), body.height());
        painter.setClipRect(context.clip);
        document->documentLayout()->draw(&painter, context);
        painter.restore();
        pageNumber(painter, pack, paper, band, unit, page + 1, pages);
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

#include "chartexport.h"

#include "chartsavedialog.h"

#include "editing/planedits.h"

#include <QApplication>
#include <QClipboard>
#include <QMenu>
#include <QMessageBox>

#include <qcustomplot.h>

namespace lps {

ChartExport::ChartExport(QCustomPlot *chart, const QString &name)
    : QObject(chart)
    , m_chart(chart)
    , m_name(name)
{
    chart->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(chart, &QWidget::customContextMenuRequested, this, &ChartExport::showMenu);
}

void ChartExport::attach(QCustomPlot *chart, const QString &title)
{
    // A child of the chart: it goes with it.
    new ChartExport(chart, PlanEdits::uniqueId(title, {}));
}

QString ChartExport::save(QCustomPlot *chart, const QString &path, const QSize &size)
{
    bool written = false;
    if (path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        written = chart->savePdf(path, size.width(), size.height());
    else if (path.endsWith(QStringLiteral(".png"), Qt::CaseInsensitive))
        written = chart->savePng(path, size.width(), size.height());
    else
        return tr("Give the file a name ending in .png (a picture) or .pdf (for a report).");
    return written ? QString() : tr("%1 could not be written.").arg(path);
}

void ChartExport::copy(QCustomPlot *chart)
{
    QApplication::clipboard()->setPixmap(chart->toPixmap());
}

void ChartExport::showMenu(const QPoint &at)
{
    QMenu menu(m_chart);
    menu.addAction(tr("&Copy"), this, [this] { copy(m_chart); });
    menu.addAction(tr("&Save as\u2026"), this, [this] {
        ChartSaveDialog dialog(m_name, m_chart->size(), m_chart);
        if (dialog.exec() != QDialog::Accepted)
            return;
        const QString problem = save(m_chart, dialog.path(), dialog.chartSize());
        if (!problem.isEmpty())
            QMessageBox::warning(m_chart, tr("Chart not saved"), problem);
    });
    menu.exec(m_chart->mapToGlobal(at));
}

} // namespace lps

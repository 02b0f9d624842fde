#include "reportactions.h"

#include "documents/plandocument.h"
#include "pack/packrenderer.h"
#include "reports/packdialog.h"
#include "reports/packexport.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStatusBar>

namespace lps {

ReportActions::ReportActions(QMainWindow *window, PlanDocument *document)
    : QObject(window)
    , m_window(window)
    , m_document(document)
    , m_export(new PackExport(document, this))
{
    connect(m_export, &PackExport::finished, this,
            [this](const QString &path, const QString &problem, const QString &summary) {
                if (!problem.isEmpty()) {
                    m_window->statusBar()->showMessage(tr("The pack was not written"));
                    // Not exec(): the message waits on the window, and nothing else waits on it.
                    auto *box = new QMessageBox(
                        QMessageBox::Warning, tr("Councillor pack"),
                        tr("%1 was not written.\n\n%2").arg(QFileInfo(path).fileName(), problem),
                        QMessageBox::Ok, m_window);
                    box->setObjectName(QStringLiteral("packProblem"));
                    box->setAttribute(Qt::WA_DeleteOnClose);
                    box->open();
                    return;
                }
                m_window->statusBar()->showMessage(tr("Wrote %1").arg(summary));
            });
    connect(m_export, &PackExport::ready, this, [this](const PackContent &pack) {
        if (std::exchange(m_printWhenReady, false))
            previewPack(pack);
    });
}

void ReportActions::addTo(QMenu *file)
{
    file->addAction(tr("Export the &councillor pack\u2026"), this,
                    &ReportActions::chooseAndExportPack);
    QAction *print = file->addAction(tr("&Print\u2026"), this, &ReportActions::previewView);
    print->setShortcut(QKeySequence::Print);
    file->addAction(tr("Print the councillor pac&k\u2026"), this,
                    &ReportActions::choosePackToPrint);
}

void ReportActions::exportPack(const QString &path, const QString &baseId, bool everyYear,
                               const QPageSize &size)
{
    if (refuseWhileBusy())
        return;
    m_window->statusBar()->showMessage(
        tr("Working out the councillor pack for %1\u2026").arg(QFileInfo(path).fileName()));
    m_export->write(path, m_export->request(baseId, everyYear), size);
}

// One pack at a time: a second would wait behind the first and could be replaced by a third
// without a word, so it is refused with a reason instead.
bool ReportActions::refuseWhileBusy()
{
    if (!m_export->isBusy())
        return false;
    m_window->statusBar()->showMessage(
        tr("A councillor pack is still being worked out: ask again when it is done."));
    return true;
}

void ReportActions::chooseAndExportPack()
{
    PackDialog options(m_document->plan(), m_document->scenarioId(), m_document->yearIndex(),
                       m_window);
    if (options.exec() != QDialog::Accepted)
        return;
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export the councillor pack"),
                                                QString(), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    exportPack(path, options.baseId(), options.everyYear(), options.pageSize());
}

void ReportActions::printView(QPrinter *printer) const
{
    QWidget *view = m_window->centralWidget();
    if (!view)
        return;
    QPainter painter(printer);
    const QRectF page = printer->pageLayout().paintRectPixels(printer->resolution());
    const double scale = std::min(page.width() / view->width(), page.height() / view->height());
    painter.scale(scale, scale);
    view->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
}

void ReportActions::previewView()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintPreviewDialog preview(&printer, m_window);
    preview.setWindowTitle(tr("Print the view"));
    // Left to itself the preview opens a strip high: give it most of the window's room.
    preview.resize(m_window->size() * 0.9);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [this](QPrinter *target) { printView(target); });
    preview.exec();
}

void ReportActions::choosePackToPrint()
{
    PackDialog options(m_document->plan(), m_document->scenarioId(), m_document->yearIndex(),
                       m_window);
    if (options.exec() != QDialog::Accepted)
        return;
    if (refuseWhileBusy())
        return;
    m_printSize = options.pageSize();
    m_printWhenReady = true;
    m_window->statusBar()->showMessage(tr("Working out the councillor pack\u2026"));
    m_export->prepare(m_export->request(options.baseId(), options.everyYear()));
}

void ReportActions::previewPack(const PackContent &pack)
{
    m_window->statusBar()->clearMessage();
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(m_printSize);
    printer.setPageMargins(QMarginsF(18, 16, 18, 16), QPageLayout::Millimeter);
    QPrintPreviewDialog preview(&printer, m_window);
    preview.setWindowTitle(tr("Print the councillor pack"));
    preview.resize(m_window->size() * 0.9);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [pack](QPrinter *target) { PackRenderer::render(pack, *target); });
    preview.exec();
}

} // namespace lps

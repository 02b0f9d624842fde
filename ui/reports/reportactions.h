#pragma once

#include <QObject>
#include <QPageSize>

class QMainWindow;
class QMenu;
class QPrinter;

namespace lps {

class PackExport;
class PlanDocument;
struct PackContent;

/// What leaves the window on paper or as a PDF: File > Export the councillor pack, File > Print
/// (the view on show, with a preview) and File > Print the councillor pack (with a preview).
class ReportActions : public QObject
{
    Q_OBJECT

public:
    ReportActions(QMainWindow *window, PlanDocument *document);

    void addTo(QMenu *file);
    /// Writes the pack of the scenario on show without asking (tests, and after the dialog).
    void exportPack(const QString &path, const QString &baseId, bool everyYear,
                    const QPageSize &size = QPageSize(QPageSize::A4));
    PackExport *packExport() const { return m_export; }
    /// Sets the view on show on one page of `printer`, as large as fits.
    void printView(QPrinter *printer) const;

private:
    bool refuseWhileBusy();
    void chooseAndExportPack();
    void previewView();
    void choosePackToPrint();
    void previewPack(const PackContent &pack);

    QMainWindow *m_window;
    PlanDocument *m_document;
    PackExport *m_export;
    bool m_printWhenReady = false;
    QPageSize m_printSize = QPageSize(QPageSize::A4);
};

} // namespace lps

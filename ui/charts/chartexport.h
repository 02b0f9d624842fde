#pragma once

#include <QObject>
#include <QSize>
#include <QString>

class QCustomPlot;

namespace lps {

/// Copy and save for every chart (issue 14): a right-click (or the menu key) on a chart offers
/// Copy, which puts it on the clipboard as a picture, and Save as, which writes it as PNG (pixels)
/// or PDF (vector, for a report) at a size the person chooses (ChartSaveDialog).
class ChartExport : public QObject
{
    Q_OBJECT

public:
    /// Gives `chart` the menu; the file name offered is made from `title` ("Who pays for
    /// what" offers who-pays-for-what.png).
    static void attach(QCustomPlot *chart, const QString &title);
    /// Writes `chart` to `path` at `size` (pixels for PNG, points for PDF), the format from the
    /// extension (.png or .pdf); returns why it could not, or nothing.
    static QString save(QCustomPlot *chart, const QString &path, const QSize &size);
    /// Puts `chart` on the clipboard as it is on screen.
    static void copy(QCustomPlot *chart);

private:
    ChartExport(QCustomPlot *chart, const QString &name);
    void showMenu(const QPoint &at);

    QCustomPlot *m_chart;
    QString m_name;
};

} // namespace lps

#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace lps {

class LatestJob;
class PlanDocument;

/// Exports the scenario on show, every year, to a spreadsheet from the app (File > Export as a
/// spreadsheet): an Excel workbook (docs/spreadsheets.md), a CSV of the services or of the
/// funding matrix as `lps evaluate` writes them, or any one of the workbook's tables as CSV;
/// every CSV is UTF-8 with a byte order mark so that Excel reads £ and accents. The work runs on
/// a thread of its own, so the window never waits for the solver; finished() says how it went.
class SpreadsheetExport : public QObject
{
    Q_OBJECT

public:
    enum class Kind
    {
        Workbook,
        ServicesCsv,
        FundingCsv,
        // One table of the workbook each (EvaluationTables), in the workbook's order.
        AboutSheetCsv,
        TiersSheetCsv,
        ServicesSheetCsv,
        ResourcesSheetCsv,
        FundingSheetCsv,
        SectorsSheetCsv,
        YearsSheetCsv,
        AgainstBaseSheetCsv
    };

    explicit SpreadsheetExport(PlanDocument *document, QObject *parent = nullptr);
    ~SpreadsheetExport() override;

    /// Starts writing `path`; one export at a time (a second waits for the first).
    void start(const QString &path, Kind kind);
    bool isBusy() const;
    /// The kind a file name asks for: .xlsx a workbook, else the services CSV.
    static Kind kindOf(const QString &path, bool funding);

    /// Every kind, in the order the file dialog offers them.
    static QList<Kind> kinds();
    /// The file dialog's filter for `kind`: "CSV, the tiers (*.csv)".
    static QString filter(Kind kind);
    /// filter() of every kind in kinds()' order, for QFileDialog (joined with ";;").
    static QStringList filters();
    /// What to write for a path and the filter chosen with it: the filter's kind, except that a
    /// name ending in .xlsx is a workbook, and one ending in .csv is never a workbook (the
    /// services CSV, as kindOf() has it).
    static Kind kindFor(const QString &path, const QString &filter);

signals:
    /// `problem` is empty when the file was written; `summary` says what it holds.
    void finished(const QString &path, const QString &problem, const QString &summary);

private:
    PlanDocument *m_document;
    LatestJob *m_job;
};

} // namespace lps

#include "spreadsheetexport.h"

#include "documents/plandocument.h"

#include "live/latestjob.h"
#include "reports/evaluation.h"
#include "reports/evaluationcsv.h"
#include "spreadsheets/evaluationtables.h"
#include "spreadsheets/evaluationworkbook.h"
#include "spreadsheets/sheettablecsv.h"

#include <QFileInfo>
#include <QMetaObject>
#include <QSaveFile>

#include <optional>

namespace lps {

namespace {

using Sheet = EvaluationTables::Sheet;

// What a CSV for Excel needs first: a byte order mark, or £ reads as two characters.
QString writeCsv(const QString &path, const QByteArray &csv)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write("\xEF\xBB\xBF") < 0 || out.write(csv) < 0 ||
        !out.commit())
        return QObject::tr("%1 could not be written (%2)").arg(path, out.errorString());
    return {};
}

// The workbook's table that a kind writes as CSV; nothing for the workbook itself and for the
// two CSV files that lps evaluate writes too.
std::optional<Sheet> sheetOf(SpreadsheetExport::Kind kind)
{
    using Kind = SpreadsheetExport::Kind;
    switch (kind) {
    case Kind::Workbook:
    case Kind::ServicesCsv:
    case Kind::FundingCsv:
        return std::nullopt;
    case Kind::AboutSheetCsv:
        return Sheet::About;
    case Kind::TiersSheetCsv:
        return Sheet::Tiers;
    case Kind::ServicesSheetCsv:
        return Sheet::Services;
    case Kind::ResourcesSheetCsv:
        return Sheet::Resources;
    case Kind::FundingSheetCsv:
        return Sheet::Funding;
    case Kind::SectorsSheetCsv:
        return Sheet::Sectors;
    case Kind::YearsSheetCsv:
        return Sheet::Years;
    case Kind::AgainstBaseSheetCsv:
        return Sheet::AgainstBase;
    }
    return std::nullopt;
}

bool endsWith(const QString &path, const QString &suffix)
{
    return path.endsWith(suffix, Qt::CaseInsensitive);
}

} // namespace

SpreadsheetExport::SpreadsheetExport(PlanDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_job(new LatestJob(this))
{
}

SpreadsheetExport::~SpreadsheetExport()
{
    // The job calls back into this object: it finishes before anything else goes.
    delete m_job;
}

bool SpreadsheetExport::isBusy() const
{
    return m_job->isBusy();
}

SpreadsheetExport::Kind SpreadsheetExport::kindOf(const QString &path, bool funding)
{
    if (endsWith(path, QStringLiteral(".xlsx")))
        return Kind::Workbook;
    return funding ? Kind::FundingCsv : Kind::ServicesCsv;
}

QList<SpreadsheetExport::Kind> SpreadsheetExport::kinds()
{
    return {Kind::Workbook,          Kind::ServicesCsv,        Kind::FundingCsv,
            Kind::AboutSheetCsv,     Kind::TiersSheetCsv,      Kind::ServicesSheetCsv,
            Kind::ResourcesSheetCsv, Kind::FundingSheetCsv,    Kind::SectorsSheetCsv,
            Kind::YearsSheetCsv,     Kind::AgainstBaseSheetCsv};
}

QString SpreadsheetExport::filter(Kind kind)
{
    switch (kind) {
    case Kind::Workbook:
        return tr("Excel workbook (*.xlsx)");
    case Kind::ServicesCsv:
        return tr("CSV, one row per service (*.csv)");
    case Kind::FundingCsv:
        return tr("CSV, who pays for what (*.csv)");
    case Kind::AboutSheetCsv:
        return tr("CSV, about this export (*.csv)");
    case Kind::TiersSheetCsv:
        return tr("CSV, the tiers (*.csv)");
    // The workbook's Services and Funding sheets differ from the two CSV files above: reasons,
    // consequences and a total, but no scenario column; the names say so.
    case Kind::ServicesSheetCsv:
        return tr("CSV, the services with consequences and totals (*.csv)");
    case Kind::ResourcesSheetCsv:
        return tr("CSV, the resources (*.csv)");
    case Kind::FundingSheetCsv:
        return tr("CSV, who pays for what with a total (*.csv)");
    case Kind::SectorsSheetCsv:
        return tr("CSV, what each sector gives (*.csv)");
    case Kind::YearsSheetCsv:
        return tr("CSV, the gaps year by year (*.csv)");
    case Kind::AgainstBaseSheetCsv:
        return tr("CSV, against the base scenario (*.csv)");
    }
    return {};
}

QStringList SpreadsheetExport::filters()
{
    QStringList all;
    for (const Kind kind : kinds())
        all << filter(kind);
    return all;
}

SpreadsheetExport::Kind SpreadsheetExport::kindFor(const QString &path, const QString &chosen)
{
    if (endsWith(path, QStringLiteral(".xlsx")))
        return Kind::Workbook;
    for (const Kind kind : kinds()) {
        if (filter(kind) != chosen)
            continue;
        // A name ending in .csv with the workbook's filter asks for a CSV, as kindOf() has it.
        if (kind == Kind::Workbook && endsWith(path, QStringLiteral(".csv")))
            return Kind::ServicesCsv;
        return kind;
    }
    return kindOf(path, false);
}

void SpreadsheetExport::start(const QString &path, Kind kind)
{
    const Plan plan = m_document->plan();
    const QString scenario = m_document->scenarioId();
    m_job->run([this, plan, scenario, path, kind] {
        // Settled answers only, as every file and report holds (spec/allocation.md).
        Evaluation evaluation = Evaluation::of(plan, scenario);
        const std::optional<Sheet> sheet = sheetOf(kind);
        std::optional<Evaluation> base;
        const bool againstBase = kind == Kind::Workbook || sheet == Sheet::AgainstBase;
        if (againstBase && plan.baseline() && scenario != plan.baseline()->id)
            base = Evaluation::of(plan, plan.baseline()->id);
        QString problem;
        if (kind == Kind::Workbook) {
            problem = EvaluationWorkbook::write(path, plan, evaluation, base ? &*base : nullptr);
        } else if (sheet == Sheet::AgainstBase && !base) {
            // The workbook leaves the sheet out; a file asked for by name says why it is not.
            problem = plan.baseline()
                          ? tr("%1 is the base scenario: show another scenario to set it against "
                               "the base.")
                                .arg(evaluation.scenarioName)
                          : tr("The plan has no scenarios to set against each other.");
        } else if (sheet) {
            problem = writeCsv(path, SheetTableCsv::write(EvaluationTables::table(
                                         *sheet, plan, evaluation, base ? &*base : nullptr)));
        } else {
            problem =
                writeCsv(path, kind == Kind::FundingCsv ? EvaluationCsv::writeFunding(evaluation)
                                                        : EvaluationCsv::write(evaluation));
        }
        const QString summary =
            tr("%1, %2: %3, every year")
                .arg(QFileInfo(path).fileName(), plan.name, evaluation.scenarioName);
        QMetaObject::invokeMethod(
            this, [this, path, problem, summary] { emit finished(path, problem, summary); },
            Qt::QueuedConnection);
    });
}

} // namespace lps

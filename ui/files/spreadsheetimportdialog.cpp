#include "spreadsheetimportdialog.h"

#include "clock/clock.h"
#include "editing/planedits.h"
#include "validation/planlimits.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace lps {

namespace {

bool isWorkbookName(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("xlsx") || suffix == QLatin1String("xlsm");
}

qsizetype errorCount(const Problems &problems)
{
    return std::count_if(problems.begin(), problems.end(),
                         [](const Problem &problem) { return problem.isError(); });
}

} // namespace

SpreadsheetImportDialog::SpreadsheetImportDialog(QWidget *parent)
    : QDialog(parent)
    , m_services(new QLineEdit(this))
    , m_resources(new QLineEdit(this))
    , m_name(new QLineEdit(tr("Imported plan"), this))
    , m_firstYear(new QSpinBox(this))
    , m_years(new QSpinBox(this))
    , m_yearsNote(new QLabel(this))
    , m_status(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_import(new QPushButton(tr("&Import"), this))
    , m_copy(new QPushButton(tr("&Copy the problems"), this))
{
    setWindowTitle(tr("Import a plan from spreadsheets"));
    setObjectName(QStringLiteral("spreadsheetImport"));
    m_services->setObjectName(QStringLiteral("servicesPath"));
    m_resources->setObjectName(QStringLiteral("resourcesPath"));
    m_name->setObjectName(QStringLiteral("planName"));
    m_firstYear->setObjectName(QStringLiteral("firstYear"));
    m_years->setObjectName(QStringLiteral("years"));
    m_status->setObjectName(QStringLiteral("status"));
    m_list->setObjectName(QStringLiteral("problems"));
    m_import->setObjectName(QStringLiteral("import"));
    m_services->setPlaceholderText(tr("services.xlsx or services.csv"));
    m_resources->setPlaceholderText(tr("resources.xlsx or resources.csv"));
    // The same default as `lps import`: the financial year that holds today.
    m_firstYear->setRange(2000, 2100);
    m_firstYear->setValue(PlanEdits::financialYearOf(Clock::currentDate()));
    m_firstYear->setToolTip(tr("2026 is the financial year 2026/27."));
    m_years->setRange(1, PlanLimits::kMaxYears);
    m_years->setValue(1);
    m_yearsNote->setWordWrap(true);

    auto *intro = new QLabel(
        tr("Each file can be a CSV file or an Excel workbook (.xlsx). One workbook can hold "
           "both: the services on a sheet named \u201cServices\u201d and the resources on one "
           "named \u201cResources\u201d."),
        this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Services:"), fileRow(m_services, tr("The services")));
    form->addRow(tr("&Resources:"), fileRow(m_resources, tr("The resources")));
    form->addRow(tr("Plan &name:"), m_name);
    form->addRow(tr("&First year:"), m_firstYear);
    form->addRow(tr("&Years covered:"), m_years);
    form->addRow(QString(), m_yearsNote);

    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setMinimumHeight(160);
    m_list->hide();
    m_copy->hide();
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QStringList lines;
        for (const Problem &problem : std::as_const(m_problems))
            lines << (problem.isError() ? QString() : tr("warning: ")) + problem.toString();
        QApplication::clipboard()->setText(lines.join(u'\n') + u'\n');
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);
    buttons->addButton(m_import, QDialogButtonBox::ActionRole);
    m_import->setDefault(true);
    connect(m_import, &QPushButton::clicked, this, &SpreadsheetImportDialog::import);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);

    // Warnings are confirmed for the files and settings they came from, not for others.
    for (QLineEdit *edit : {m_services, m_resources, m_name})
        connect(edit, &QLineEdit::textChanged, this, &SpreadsheetImportDialog::forgetWarnings);
    for (QSpinBox *box : {m_firstYear, m_years}) {
        connect(box, &QSpinBox::valueChanged, this, &SpreadsheetImportDialog::forgetWarnings);
        connect(box, &QSpinBox::valueChanged, this, &SpreadsheetImportDialog::updateYearsNote);
    }
    updateYearsNote();
    setMinimumWidth(560);
}

QWidget *SpreadsheetImportDialog::fileRow(QLineEdit *edit, const QString &title)
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *browse = new QPushButton(tr("Browse\u2026"), row);
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, [this, edit, title] {
        const QString start =
            edit->text().isEmpty()
                ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                : QFileInfo(edit->text()).absolutePath();
        const QString chosen = QFileDialog::getOpenFileName(
            this, title, start,
            tr("Spreadsheets (*.xlsx *.xlsm *.csv *.txt);;Excel workbooks (*.xlsx *.xlsm);;CSV "
               "files (*.csv *.txt);;All files (*)"));
        if (chosen.isEmpty())
            return;
        edit->setText(QDir::toNativeSeparators(chosen));
        // One workbook often holds both: offer it for the other file too.
        QLineEdit *other = edit == m_services ? m_resources : m_services;
        if (other->text().isEmpty() && isWorkbookName(chosen))
            other->setText(edit->text());
    });
    return row;
}

void SpreadsheetImportDialog::setServicesPath(const QString &path)
{
    m_services->setText(path);
}

void SpreadsheetImportDialog::setResourcesPath(const QString &path)
{
    m_resources->setText(path);
}

QString SpreadsheetImportDialog::servicesPath() const
{
    return m_services->text().trimmed();
}

QString SpreadsheetImportDialog::resourcesPath() const
{
    return m_resources->text().trimmed();
}

CsvPlanImporter::Settings SpreadsheetImportDialog::settings() const
{
    return {m_name->text().trimmed(), m_firstYear->value(), m_years->value()};
}

void SpreadsheetImportDialog::import()
{
    if (servicesPath().isEmpty() || resourcesPath().isEmpty()) {
        m_problems = {Problem::error(QString(), tr("Choose the services file and the resources "
                                                   "file; one Excel workbook may hold both."))};
        showProblems(m_problems, tr("Nothing was imported."));
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const CsvPlanImporter::Result result =
        CsvPlanImporter::importFiles(servicesPath(), resourcesPath(), settings());
    QApplication::restoreOverrideCursor();
    m_problems = result.problems;
    if (!result.plan) {
        forgetWarnings();
        const qsizetype errors = errorCount(m_problems);
        showProblems(m_problems,
                     (errors == 1 ? tr("Nothing was imported: correct the error listed below in "
                                       "the spreadsheet, save it and import again.")
                                  : tr("Nothing was imported: correct the %1 errors listed "
                                       "below in the spreadsheets, save them and import again.")
                                        .arg(errors)));
        return;
    }
    if (!m_problems.isEmpty() && m_problems != m_shownWarnings) {
        showProblems(m_problems,
                     (m_problems.size() == 1
                          ? tr("The plan can be imported, but the warning below says what "
                               "would be left out.")
                          : tr("The plan can be imported, but the %1 warnings below say what "
                               "would be left out.")
                                .arg(m_problems.size())) +
                         u' ' + tr("Correct the spreadsheets and import again, or import anyway."));
        m_shownWarnings = m_problems;
        m_import->setText(tr("Import &anyway"));
        return;
    }
    m_plan = result.plan;
    accept();
}

void SpreadsheetImportDialog::showProblems(const Problems &problems, const QString &status)
{
    m_status->setText(status);
    m_list->clear();
    for (const Problem &problem : problems) {
        auto *item = new QListWidgetItem(
            style()->standardIcon(problem.isError() ? QStyle::SP_MessageBoxCritical
                                                    : QStyle::SP_MessageBoxWarning),
            (problem.isError() ? tr("Error: ") : tr("Warning: ")) + problem.toString(), m_list);
        item->setToolTip(problem.toString());
    }
    m_list->setVisible(!problems.isEmpty());
    m_copy->setVisible(!problems.isEmpty());
}

void SpreadsheetImportDialog::forgetWarnings()
{
    m_shownWarnings.clear();
    m_import->setText(tr("&Import"));
}

void SpreadsheetImportDialog::updateYearsNote()
{
    m_yearsNote->setText(
        tr("From %1 to %2.")
            .arg(Plan::financialYearLabel(m_firstYear->value()),
                 Plan::financialYearLabel(m_firstYear->value() + m_years->value() - 1)));
}

} // namespace lps

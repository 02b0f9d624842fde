#pragma once

#include "csvimport/csvplanimporter.h"
#include "model/plan.h"
#include "validation/problem.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace lps {

/// Makes a plan from spreadsheets (File > Import): the services and the resources, each a CSV
/// file or an Excel workbook, and what they do not say (name, first year, years); it lists every
/// problem where it is and imports nothing while any is an error.
class SpreadsheetImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SpreadsheetImportDialog(QWidget *parent = nullptr);

    void setServicesPath(const QString &path);
    void setResourcesPath(const QString &path);
    QString servicesPath() const;
    QString resourcesPath() const;
    CsvPlanImporter::Settings settings() const;

    /// The plan imported, once the dialog has been accepted.
    const std::optional<Plan> &plan() const { return m_plan; }
    /// The problems of the last import, errors and warnings, as the list shows them.
    const Problems &problems() const { return m_problems; }

public slots:
    /// Reads both files. Without any problem the dialog accepts with the plan; with errors it
    /// lists them and stays open; with warnings only it lists them and the button becomes
    /// "Import anyway", which accepts when pressed for the same warnings.
    void import();

private:
    QLineEdit *m_services;
    QLineEdit *m_resources;
    QLineEdit *m_name;
    QSpinBox *m_firstYear;
    QSpinBox *m_years;
    QLabel *m_yearsNote;
    QLabel *m_status;
    QListWidget *m_list;
    QPushButton *m_import;
    QPushButton *m_copy;
    std::optional<Plan> m_plan;
    Problems m_problems;
    /// The warnings the user has been shown and may import anyway.
    Problems m_shownWarnings;

    QWidget *fileRow(QLineEdit *edit, const QString &title);
    void showProblems(const Problems &problems, const QString &status);
    void forgetWarnings();
    void updateYearsNote();
};

} // namespace lps

#pragma once

#include "xlsxsheet.h"

#include <QString>
#include <QTemporaryDir>

struct lxw_workbook;

namespace lps {

/// An .xlsx workbook being written (libxlsxwriter), saved whole or not at all: it is built in a
/// folder of its own and only save() puts it at its path, atomically, so a failure leaves no
/// half-written file where the user asked for one.
class XlsxBook
{
public:
    /// `currency` gives the number format of money cells ("£#,##0.00").
    explicit XlsxBook(const QString &currency);
    ~XlsxBook();
    XlsxBook(const XlsxBook &) = delete;
    XlsxBook &operator=(const XlsxBook &) = delete;

    /// Why the workbook cannot be made (no temporary folder); empty when it can.
    QString problem() const { return m_problem; }
    /// A new sheet named `name` (at most 31 characters, as Excel allows).
    XlsxSheet addSheet(const QString &name);
    void setTitle(const QString &title);
    /// Writes the workbook to `path`; returns why it could not, or nothing.
    QString save(const QString &path);

    /// The number format of money in `currency`: "£#,##0.00;-£#,##0.00".
    static QString moneyFormat(const QString &currency);

private:
    QTemporaryDir m_folder;
    QString m_building;
    lxw_workbook *m_book = nullptr;
    XlsxSheet::Formats m_formats;
    QByteArray m_title;
    QString m_problem;
};

} // namespace lps

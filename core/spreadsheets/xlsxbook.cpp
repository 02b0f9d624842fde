#include "xlsxbook.h"

#include "amounts/money.h"

#include <QFile>
#include <QSaveFile>

#include <xlsxwriter.h>

namespace lps {

QString XlsxBook::moneyFormat(const QString &currency)
{
    const QString symbol = Money::symbol(currency);
    // A symbol of one character in front; an ISO code quoted after the number.
    const QString number = QStringLiteral("#,##0.00");
    if (symbol.size() == 1)
        return QStringLiteral("\"%1\"%2;-\"%1\"%2").arg(symbol, number);
    return QStringLiteral("%2 \"%1\";-%2 \"%1\"").arg(symbol, number);
}

XlsxBook::XlsxBook(const QString &currency)
{
    if (!m_folder.isValid()) {
        m_problem = QStringLiteral("no temporary folder to build the workbook in (%1)")
                        .arg(m_folder.errorString());
        return;
    }
    m_building = m_folder.filePath(QStringLiteral("workbook.xlsx"));
    m_book = workbook_new(QFile::encodeName(m_building).constData());
    if (!m_book) {
        m_problem = QStringLiteral("the workbook could not be started");
        return;
    }
    m_formats.header = workbook_add_format(m_book);
    format_set_bold(m_formats.header);
    format_set_bottom(m_formats.header, LXW_BORDER_THIN);
    const QByteArray money = moneyFormat(currency).toUtf8();
    m_formats.money = workbook_add_format(m_book);
    format_set_num_format(m_formats.money, money.constData());
    m_formats.moneyTotal = workbook_add_format(m_book);
    format_set_num_format(m_formats.moneyTotal, money.constData());
    format_set_bold(m_formats.moneyTotal);
    format_set_top(m_formats.moneyTotal, LXW_BORDER_THIN);
    m_formats.total = workbook_add_format(m_book);
    format_set_bold(m_formats.total);
    format_set_top(m_formats.total, LXW_BORDER_THIN);
}

XlsxBook::~XlsxBook()
{
    if (m_book)
        workbook_close(m_book); // a workbook never saved is written to the folder that goes
}

XlsxSheet XlsxBook::addSheet(const QString &name)
{
    return XlsxSheet(workbook_add_worksheet(m_book, name.left(31).toUtf8().constData()), m_formats);
}

void XlsxBook::setTitle(const QString &title)
{
    m_title = title.toUtf8();
    lxw_doc_properties properties{};
    properties.title = m_title.data();
    workbook_set_properties(m_book, &properties);
}

QString XlsxBook::save(const QString &path)
{
    if (!m_book)
        return m_problem;
    const lxw_error error = workbook_close(m_book);
    m_book = nullptr;
    if (error != LXW_NO_ERROR)
        return QStringLiteral("the workbook could not be written (%1)")
            .arg(QString::fromUtf8(lxw_strerror(error)));
    QFile built(m_building);
    if (!built.open(QIODevice::ReadOnly))
        return QStringLiteral("the workbook could not be read back (%1)").arg(built.errorString());
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(built.readAll()) < 0 || !out.commit())
        return QStringLiteral("%1 could not be written (%2)").arg(path, out.errorString());
    return {};
}

} // namespace lps

#include "listpage.h"

#include "documents/plandocument.h"
#include "models/choicedelegate.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace lps {

ListPage::ListPage(PlanDocument *document, QSortFilterProxyModel *filter, const QString &what,
                   QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_filter(filter)
    , m_filterBar(new QHBoxLayout)
    , m_view(new QTableView(this))
    , m_add(new QAction(tr("&Add %1…").arg(what), this))
    , m_edit(new QAction(tr("&Edit %1…").arg(what), this))
    , m_remove(new QAction(tr("&Remove %1").arg(what), this))
{
    filter->setParent(this);
    m_view->setModel(filter);
    m_view->setItemDelegate(new ChoiceDelegate(m_view));
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    // Sorted by a click on a column's header; until then, in the plan's own order.
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions({m_add, m_edit, m_remove});
    // Shortcuts work while the table has the focus, so Delete in a line edit stays a keystroke.
    m_edit->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_E), QKeySequence(Qt::ALT | Qt::Key_Return)});
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_edit->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_add, &QAction::triggered, this, &ListPage::addItem);
    connect(m_edit, &QAction::triggered, this, [this] {
        const QList<int> rows = selectedRows();
        if (!rows.isEmpty())
            editItem(rows.first());
    });
    connect(m_remove, &QAction::triggered, this, [this] {
        const QList<int> rows = selectedRows();
        if (!rows.isEmpty())
            removeItems(rows);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ListPage::updateActions);
    connect(filter, &QAbstractItemModel::modelReset, this, &ListPage::updateActions);
    auto *buttons = new QHBoxLayout;
    for (QAction *action : {m_add, m_edit, m_remove}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_filterBar);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    updateActions();
}

QList<int> ListPage::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows << m_filter->mapToSource(index).row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void ListPage::selectRow(int sourceRow)
{
    const QModelIndex index = m_filter->mapFromSource(m_filter->sourceModel()->index(sourceRow, 0));
    if (!index.isValid())
        return;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void ListPage::confirmRemoval(const QStringList &names, const QStringList &effects,
                              const std::function<void()> &remove)
{
    QString text = names.size() == 1 ? tr("Remove %1?").arg(names.first())
                                     : tr("Remove these %n?", nullptr, int(names.size()));
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove"), text,
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("removeBox"));
    QStringList details = names.size() > 1 ? names : QStringList();
    details << effects;
    box->setInformativeText(details.join(u'\n') +
                            (details.isEmpty() ? QString() : QStringLiteral("\n\n")) +
                            tr("Undo brings everything back."));
    box->button(QMessageBox::Yes)->setText(tr("&Remove"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::accepted, this, remove);
    box->open();
}

bool ListPage::apply(const PlanEdit &edit)
{
    const QString problem = m_document->apply(edit);
    if (!problem.isEmpty())
        emit changeRefused(problem);
    return problem.isEmpty();
}

void ListPage::updateActions()
{
    const bool chosen = m_view->selectionModel() && m_view->selectionModel()->hasSelection();
    m_edit->setEnabled(chosen);
    m_remove->setEnabled(chosen);
}

} // namespace lps

#pragma once

#include "editing/planedit.h"

#include <QWidget>

#include <functional>

class QAbstractItemModel;
class QAction;
class QHBoxLayout;
class QSortFilterProxyModel;
class QTableView;

namespace lps {

class PlanDocument;

/// A page holding one of a plan's lists as a table: a bar to narrow it down, the table, and
/// actions to add, edit and remove rows, each one undoable step on the document.
class ListPage : public QWidget
{
    Q_OBJECT

public:
    QTableView *view() const { return m_view; }
    QAction *addAction() const { return m_add; }
    QAction *editAction() const { return m_edit; }
    QAction *removeAction() const { return m_remove; }
    /// The rows chosen in the table, as rows of the unfiltered model, top first.
    QList<int> selectedRows() const;
    /// Selects and shows a row of the unfiltered model.
    void selectRow(int sourceRow);

    /// Adds an item with a dialog.
    virtual void addItem() = 0;
    /// Edits the item in `sourceRow` with a dialog.
    virtual void editItem(int sourceRow) = 0;
    /// Removes the items in the chosen rows, after asking.
    virtual void removeItems(const QList<int> &sourceRows) = 0;

signals:
    /// An edit was refused: the sentence says what is wrong and what to do instead.
    void changeRefused(const QString &message);

protected:
    ListPage(PlanDocument *document, QSortFilterProxyModel *filter, const QString &what,
             QWidget *parent);
    /// Where a page puts what narrows its list down.
    QHBoxLayout *filterBar() const { return m_filterBar; }
    PlanDocument *document() const { return m_document; }
    /// Asks before removing `names`, listing what goes with them; calls `remove` on yes.
    void confirmRemoval(const QStringList &names, const QStringList &effects,
                        const std::function<void()> &remove);
    /// Makes an edit through the document; says so when refused.
    bool apply(const PlanEdit &edit);

private:
    void updateActions();

    PlanDocument *m_document;
    QSortFilterProxyModel *m_filter;
    QHBoxLayout *m_filterBar;
    QTableView *m_view;
    QAction *m_add;
    QAction *m_edit;
    QAction *m_remove;
};

} // namespace lps

#pragma once

#include <QStyledItemDelegate>

namespace lps {

/// Edits a cell whose model offers a fixed list of choices (ChoicesRole, a QStringList) with a
/// drop-down list instead of free text; any other cell is edited as usual.
class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    /// The role under which a model lists the values a cell may take, as they are typed.
    static constexpr int ChoicesRole = Qt::UserRole + 20;

    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
};

} // namespace lps

#include "choicedelegate.h"

#include <QComboBox>

namespace lps {

QWidget *ChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    const QStringList choices = index.data(ChoicesRole).toStringList();
    if (choices.isEmpty())
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *box = new QComboBox(parent);
    box->addItems(choices);
    box->setAccessibleName(index.model()->headerData(index.column(), Qt::Horizontal).toString());
    // A choice is made as soon as it is picked, as in a spreadsheet's drop-down cell.
    connect(box, &QComboBox::activated, this, [this, box] {
        emit const_cast<ChoiceDelegate *>(this)->commitData(box);
        emit const_cast<ChoiceDelegate *>(this)->closeEditor(box);
    });
    return box;
}

void ChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *box = qobject_cast<QComboBox *>(editor)) {
        const int at = box->findText(index.data(Qt::EditRole).toString(), Qt::MatchFixedString);
        box->setCurrentIndex(qMax(0, at));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void ChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                  const QModelIndex &index) const
{
    if (auto *box = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, box->currentText(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace lps

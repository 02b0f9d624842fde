#pragma once

#include <QObject>

namespace lps {

/// Lets a window take a plan file dragged onto it from a file manager or an e-mail: accepts
/// the drag of a .lpsb or plan JSON file, and says which file was dropped.
class PlanDropTarget : public QObject
{
    Q_OBJECT

public:
    /// Watches `window`'s drags and drops (and makes it accept drops).
    explicit PlanDropTarget(QWidget *window);

signals:
    void dropped(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace lps

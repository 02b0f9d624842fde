#include "plandroptarget.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QWidget>

namespace lps {

namespace {

// The first file of a drag, when it is a plan; empty otherwise.
QString planFileIn(const QMimeData *data)
{
    const QList<QUrl> urls = data ? data->urls() : QList<QUrl>();
    const QString path = urls.isEmpty() ? QString() : urls.first().toLocalFile();
    const bool plan = path.endsWith(QLatin1String(".lpsb"), Qt::CaseInsensitive) ||
                      path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    return plan ? path : QString();
}

} // namespace

PlanDropTarget::PlanDropTarget(QWidget *window)
    : QObject(window)
{
    window->setAcceptDrops(true);
    window->installEventFilter(this);
}

bool PlanDropTarget::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::DragEnter) {
        auto *enter = static_cast<QDragEnterEvent *>(event);
        if (!planFileIn(enter->mimeData()).isEmpty())
            enter->acceptProposedAction();
        return true;
    }
    if (event->type() == QEvent::Drop) {
        auto *drop = static_cast<QDropEvent *>(event);
        const QString path = planFileIn(drop->mimeData());
        if (path.isEmpty())
            return true;
        drop->acceptProposedAction();
        emit dropped(path);
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace lps

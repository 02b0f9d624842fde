#include "projectionwindow.h"

#include "controlstrip.h"
#include "projection/projectionstyle.h"
#include "projection/projectionview.h"

#include <QCloseEvent>

namespace lps {

ProjectionWindow::ProjectionWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_view(new ProjectionView(this))
    , m_strip(new ControlStrip(this))
{
    setObjectName(QStringLiteral("projectionWindow"));
    setWindowTitle(tr("LPS Planner \u2013 projection"));
    setMouseTracking(true);
    m_view->setMouseTracking(true);
    m_strip->hide();
}

void ProjectionWindow::setStripWanted(bool wanted)
{
    m_stripWanted = wanted;
    if (!wanted)
        m_strip->hide();
}

void ProjectionWindow::placeStrip()
{
    m_strip->restyle(ProjectionStyle(size()));
    // As tall as its lines need at this width (a long message wraps).
    const int height = m_strip->hasHeightForWidth() ? m_strip->heightForWidth(width())
                                                    : m_strip->sizeHint().height();
    m_strip->setGeometry(0, this->height() - height, width(), height);
    m_strip->raise();
}

void ProjectionWindow::wakeStrip()
{
    if (!m_stripWanted)
        return;
    placeStrip();
    m_strip->wake();
}

void ProjectionWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_view->setGeometry(rect());
    placeStrip();
}

void ProjectionWindow::closeEvent(QCloseEvent *event)
{
    QWidget::closeEvent(event);
    emit closeRequested();
}

} // namespace lps

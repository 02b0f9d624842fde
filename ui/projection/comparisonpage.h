#pragma once

#include "workshop/projectionfigures.h"

#include <QWidget>

class QGridLayout;
class QLabel;

namespace lps {

class ProjectionStyle;

/// Answers side by side on the projection: the session's snapshots against where it started,
/// or the room's priorities against the officers'. Each column gives its tiers' figures and
/// the services whose status differs from the first column's, with their consequence texts.
class ComparisonPage : public QWidget
{
    Q_OBJECT

public:
    /// At most this many columns fit the room's eyes.
    static constexpr int kMostColumns = 4;
    /// Changes listed per column before the rest are counted.
    static constexpr int kMostChanges = 4;

    explicit ComparisonPage(QWidget *parent = nullptr);

    /// `columns` each compared with the first (ProjectionFigures::of with it as the reference);
    /// an empty list says what is being worked out.
    void setColumns(const QString &title, const QList<ProjectionFigures> &columns);
    void setWaiting(const QString &title);
    void restyle(const ProjectionStyle &style);
    QString title() const;
    int columnCount() const { return int(m_shown.size()); }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    int columnWidth() const;
    QWidget *column(const ProjectionFigures &figures, bool reference);
    QLabel *label(QWidget *parent, const QString &text, double cap, bool bold, const QString &name);

    QLabel *m_title;
    QWidget *m_columns;
    QGridLayout *m_grid;
    QList<ProjectionFigures> m_shown;
    double m_scale = 1.0;
};

} // namespace lps

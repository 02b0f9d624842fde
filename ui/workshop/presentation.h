#pragma once

#include "presenterconsole.h"
#include "projectionwindow.h"

#include "reports/evaluation.h"
#include "workshop/projectionfigures.h"
#include "workshop/workshopsession.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

class QKeyEvent;

namespace lps {

class BackgroundEvaluator;
class WorkshopComparisons;
class PlanDocument;
class VotesModel;

/// A workshop on a projector (F5 to Esc, issue 13): the room's projection full screen, the
/// facilitator's console on the laptop (or a control strip when there is one screen), the
/// levers moved by keys, answers followed live, snapshots kept as scenarios, and the room's dot
/// votes set against the officers' priorities. The plan changes only by what the facilitator
/// keeps (a snapshot, the room's priorities), each one undoable step.
class Presentation : public QObject
{
    Q_OBJECT

public:
    enum class Screens
    {
        /// From the screens the system has.
        Detect,
        One,
        Two
    };
    enum class Showing
    {
        Live,
        Snapshots,
        Room
    };

    Presentation(PlanDocument *document, QWidget *planWindow, Screens screens = Screens::Detect);
    ~Presentation() override;

    /// Opens the projection and the console (or the strip) on the scenario and year on show.
    void start();
    /// Closes them; the plan keeps only what was kept.
    void leave();
    bool isRunning() const { return m_running; }
    bool isTwoScreens() const { return m_twoScreens; }

    const WorkshopSession &session() const { return m_session; }
    ProjectionWindow *projection() const { return m_projection; }
    PresenterConsole *console() const { return m_console; }
    VotesModel *votes() const { return m_votes; }
    Showing showing() const { return m_showing; }
    /// The ids of the scenarios kept by snapshots in this session, oldest first.
    const QStringList &snapshots() const { return m_snapshots; }
    /// Whether the projection is waiting for a newer answer than the one it shows.
    bool isUpdating() const;
    /// Reads a ballots CSV into the votes; refusals go to the console.
    bool importBallots(const QString &path);
    /// For tests: waits until every answer asked for so far has been delivered.
    void waitForAnswers();

signals:
    void finished(const QString &summary);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// Closes the windows and stops listening to keys; leave() then says what was kept.
    void tearDown();
    bool key(QKeyEvent *event);
    void moved();
    void ask();
    void liveArrived(quint64 request, const Evaluation &evaluation);
    void referenceArrived(quint64 request, const Evaluation &evaluation);
    void showLive();
    void snapshot();
    void showSnapshots();
    void showRoom();
    void keepRoom();
    /// The comparison on the projection, "working it out" until compared() brings it.
    void showComparing(const QString &title);
    void compared(const QString &title, const QList<ProjectionFigures> &columns);
    void say(const QString &message);
    void chooseScreen(const QString &name);
    void placeWindows();
    void planChanged();
    QString referenceName() const;
    QString liveName() const;
    void voteSummary();

    PlanDocument *m_document;
    QPointer<QWidget> m_planWindow;
    Screens m_screens;
    bool m_twoScreens = false;
    bool m_running = false;
    WorkshopSession m_session;
    int m_yearIndex = 0;
    // Children of the plan window (Qt owns them), which may go first when it closes.
    QPointer<ProjectionWindow> m_projection;
    QPointer<PresenterConsole> m_console;
    VotesModel *m_votes = nullptr;
    BackgroundEvaluator *m_live = nullptr;
    BackgroundEvaluator *m_referenceEvaluator = nullptr;
    WorkshopComparisons *m_comparisons = nullptr;
    quint64 m_liveRequest = 0;
    std::optional<Evaluation> m_latest;
    std::optional<Evaluation> m_reference;
    Showing m_showing = Showing::Live;
    QStringList m_snapshots;
    /// Set while the presentation's own edit (a snapshot) reaches the document.
    bool m_keeping = false;
};

} // namespace lps

#pragma once

#include "presenterconsole.h"
#include "projectionwindow.h"

#include "changes/planchange.h"
#include "reports/evaluation.h"
#include "workshop/projectionfigures.h"
#include "workshop/workshopsession.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

namespace lps {

class BackgroundEvaluator;
class PresenterKeys;
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
    /// The ids of the scenarios kept by snapshots in this session and still in the plan (Undo
    /// takes one back), oldest first.
    const QStringList &snapshots() const { return m_snapshots; }
    /// What leaving would say: the plan as it was, or what was kept.
    QString summary() const;
    /// Whether the projection is waiting for a newer answer than the one it shows.
    bool isUpdating() const;
    /// Reads a ballots CSV into the votes; refusals go to the console.
    bool importBallots(const QString &path);
    /// For tests: waits until every answer asked for so far has been delivered.
    void waitForAnswers();

    // What the keys do (PresenterKeys), and the console's buttons.
    /// Takes lever `index` (0 for key 1).
    void chooseLever(int index);
    /// Moves the lever in hand by `steps` steps of 5%.
    void stepLever(int steps);
    void toggleLever();
    /// Puts the lever in hand back where it started.
    void resetLever();
    /// Keeps the what-if on show as a scenario (S).
    void snapshot();
    /// The snapshots side by side, a page of three further back each time (T).
    void showSnapshots();
    /// The room's priorities against the officers', or back to live (R).
    void toggleRoom();
    void showLive();
    /// Keeps the room's priorities as a scenario (K).
    void keepRoom();
    /// The votes table on the console, ready to type dots (V).
    void showVotes();
    /// The console over the projection, or back (C, one screen).
    void toggleConsole();

signals:
    void finished(const QString &summary);

private:
    /// Closes the windows and stops listening to keys; leave() then says what was kept.
    void tearDown();
    void moved();
    void ask();
    void liveArrived(quint64 request, const Evaluation &evaluation);
    void referenceArrived(quint64 request, const Evaluation &evaluation);
    void showRoom();
    /// The comparison on the projection, "working it out" until compared() brings it.
    void showComparing(const QString &title);
    void compared(const QString &title, const QList<ProjectionFigures> &columns);
    void say(const QString &message);
    void chooseScreen(const QString &name);
    /// The projection and the console, wired to this session (once per session).
    void createWindows();
    void placeWindows();
    void planChanged(const PlanChange &change);
    void screensChanged();
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
    PresenterKeys *m_keys = nullptr;
    quint64 m_liveRequest = 0;
    std::optional<Evaluation> m_latest;
    std::optional<Evaluation> m_reference;
    Showing m_showing = Showing::Live;
    /// Which page of snapshots T shows: 0 the latest three.
    int m_snapshotPage = 0;
    QStringList m_snapshots;
    /// The room's priorities kept as scenarios (K), by id.
    QStringList m_roomKept;
    /// The last settled live answer: what "just changed" is measured from.
    std::optional<Evaluation> m_lastSettled;
    /// Set while the presentation's own edit (a snapshot) reaches the document.
    bool m_keeping = false;
};

} // namespace lps

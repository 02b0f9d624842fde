#include "presentation.h"

#include "controlstrip.h"
#include "models/votesmodel.h"
#include "presenterconsole.h"
#include "presenterkeys.h"
#include "projection/comparisonpage.h"
#include "projection/projectionview.h"
#include "projectionwindow.h"
#include "screenchoice.h"

#include "documents/plananswers.h"
#include "documents/plandocument.h"
#include "editing/scenarioedits.h"
#include "live/backgroundevaluator.h"
#include "votes/ballotscsv.h"
#include "votes/votepriorities.h"
#include "workshop/workshopcomparisons.h"

#include <QApplication>
#include <QKeyEvent>
#include <QScreen>
#include <QTableView>
#include <QWindow>

namespace lps {

namespace {

// A scenario name of at most 100 characters: the lever phrases can run long.
QString shortName(const QString &name)
{
    return name.size() <= 100 ? name : name.left(99) + QStringLiteral("\u2026");
}

} // namespace

Presentation::Presentation(PlanDocument *document, QWidget *planWindow, Screens screens)
    : QObject(planWindow)
    , m_document(document)
    , m_planWindow(planWindow)
    , m_screens(screens)
    , m_votes(new VotesModel(this))
    , m_live(new BackgroundEvaluator(this))
    , m_referenceEvaluator(new BackgroundEvaluator(this))
    , m_comparisons(new WorkshopComparisons(this))
    , m_keys(new PresenterKeys(this))
{
    connect(m_comparisons, &WorkshopComparisons::ready, this, &Presentation::compared);
    connect(m_live, &BackgroundEvaluator::evaluated, this, &Presentation::liveArrived);
    connect(m_referenceEvaluator, &BackgroundEvaluator::evaluated, this,
            &Presentation::referenceArrived);
    connect(m_document, &PlanDocument::changed, this, [this](const PlanChange &change) {
        if (m_running && !m_keeping)
            planChanged(change);
    });
    connect(qApp, &QGuiApplication::screenAdded, this, &Presentation::screensChanged);
    connect(qApp, &QGuiApplication::screenRemoved, this, &Presentation::screensChanged);
    connect(m_votes, &VotesModel::votesChanged, this, &Presentation::voteSummary);
}

Presentation::~Presentation()
{
    // Quietly: whoever would hear finished() may be going too.
    tearDown();
}

QString Presentation::referenceName() const
{
    const Scenario *baseline = m_document->plan().baseline();
    if (!baseline)
        return {};
    return baseline->name.compare(QStringLiteral("baseline"), Qt::CaseInsensitive) == 0
               ? tr("the baseline")
               : tr("the baseline (%1)").arg(baseline->name);
}

QString Presentation::liveName() const
{
    const Plan &plan = m_session.plan();
    const qsizetype at = plan.scenarioIndex(m_session.fromScenarioId());
    const QString from = at >= 0 ? plan.scenarios[at].name : plan.name;
    return m_session.isMoved() ? tr("%1, with the room's changes").arg(from) : from;
}

void Presentation::start()
{
    if (m_running)
        return;
    m_running = true;
    m_session = WorkshopSession(m_document->plan(), m_document->scenarioId());
    m_yearIndex = m_document->yearIndex();
    m_votes->setPlan(m_document->plan());
    m_twoScreens = m_screens == Screens::Two ||
                   (m_screens == Screens::Detect && QGuiApplication::screens().size() > 1);
    createWindows();

    const Plan &plan = m_document->plan();
    const qsizetype at = plan.scenarioIndex(m_session.fromScenarioId());
    m_console->setHeading(tr("Presenting %1, %2").arg(liveName(), plan.yearLabel(m_yearIndex)),
                          at >= 0 ? plan.scenarios[at].notes : QString());
    m_console->setLevers(m_session);
    voteSummary();
    // Never blank: the answer the window already has for this scenario and year comes first.
    const std::optional<Evaluation> &known = m_document->answers()->latest();
    if (known && known->scenarioId == m_session.fromScenarioId() && !known->years.isEmpty() &&
        known->years.first().yearIndex == m_yearIndex)
        liveArrived(0, *known);
    moved();
    ask();
    if (const Scenario *baseline = plan.baseline())
        m_referenceEvaluator->request(plan, baseline->id, m_yearIndex);
    m_keys->listen(true);
    placeWindows();
    say(m_twoScreens ? tr("Presenting on two screens: the room sees the projection, you see this.")
                     : tr("Presenting on one screen: press C to see this console."));
}

void Presentation::createWindows()
{
    m_projection = new ProjectionWindow(m_planWindow);
    m_console = new PresenterConsole(m_votes, m_planWindow);
    m_projection->setStripWanted(!m_twoScreens);
    connect(m_console, &PresenterConsole::leverChosen, this, [this](int index) {
        m_session.choose(index);
        moved();
    });
    connect(m_console, &PresenterConsole::leverMoved, this, [this](int index, int percent) {
        const bool changed = m_session.levers()[index].isSwitch()
                                 ? m_session.setOn(index, percent == 0)
                                 : m_session.setPercent(index, percent);
        if (changed)
            ask();
        moved();
    });
    connect(m_console, &PresenterConsole::snapshotWanted, this, &Presentation::snapshot);
    connect(m_console, &PresenterConsole::liveWanted, this, &Presentation::showLive);
    connect(m_console, &PresenterConsole::snapshotsWanted, this, &Presentation::showSnapshots);
    connect(m_console, &PresenterConsole::roomWanted, this, &Presentation::showRoom);
    connect(m_console, &PresenterConsole::keepRoomWanted, this, &Presentation::keepRoom);
    connect(m_console, &PresenterConsole::leaveWanted, this, &Presentation::leave);
    connect(m_console, &PresenterConsole::ballotsChosen, this, &Presentation::importBallots);
    connect(m_console, &PresenterConsole::screenChosen, this, &Presentation::chooseScreen);
    // Closing either window (Alt+F4, the window's X) ends the session as Esc does.
    connect(m_projection, &ProjectionWindow::closeRequested, this, &Presentation::leave);
    connect(m_console, &PresenterConsole::closeRequested, this, &Presentation::leave);
}

void Presentation::placeWindows()
{
    QScreen *room = ScreenChoice::projection(m_planWindow);
    m_console->setScreens(ScreenChoice::names(), room ? room->name() : QString());
    if (room) {
        m_projection->setScreen(room);
        m_projection->setGeometry(room->geometry());
    }
    m_projection->showFullScreen();
    if (m_twoScreens) {
        QScreen *laptop = ScreenChoice::console(room, m_planWindow);
        m_console->setScreen(laptop);
        m_console->move(laptop->availableGeometry().topLeft());
        m_console->showMaximized();
        m_console->activateWindow();
    } else {
        m_projection->activateWindow();
        m_projection->wakeStrip();
    }
}

void Presentation::chooseScreen(const QString &name)
{
    ScreenChoice::remember(name);
    if (m_running)
        placeWindows();
}

void Presentation::tearDown()
{
    if (!m_running)
        return;
    m_running = false;
    m_keys->listen(false);
    for (QWidget *window :
         {static_cast<QWidget *>(m_projection), static_cast<QWidget *>(m_console)}) {
        if (window) {
            window->hide();
            window->deleteLater();
        }
    }
}

QString Presentation::summary() const
{
    const Plan &plan = m_document->plan();
    qsizetype kept = 0;
    for (const QString &id : m_snapshots + m_roomKept)
        kept += plan.scenarioIndex(id) >= 0;
    if (kept == 0)
        return tr("Left the presentation; the plan is as it was.");
    return kept == 1 ? tr("Left the presentation; one scenario kept from it.")
                     : tr("Left the presentation; %1 scenarios kept from it.").arg(kept);
}

void Presentation::leave()
{
    if (!m_running)
        return;
    tearDown();
    if (m_planWindow)
        m_planWindow->activateWindow();
    emit finished(summary());
}

void Presentation::chooseLever(int index)
{
    if (!m_session.choose(index))
        say(tr("There is no lever %1: this plan has %2.")
                .arg(index + 1)
                .arg(m_session.levers().size() == 1
                         ? tr("one lever")
                         : tr("%1 levers").arg(m_session.levers().size())));
    moved();
}

void Presentation::stepLever(int steps)
{
    const int chosen = m_session.chosen();
    if (chosen < 0)
        say(tr("Press 1 to 8 to take a lever first."));
    else if (m_session.levers()[chosen].isSwitch())
        say(tr("Lever %1 is a switch: press Space.").arg(chosen + 1));
    else if (m_session.step(steps))
        ask();
    moved();
}

void Presentation::toggleLever()
{
    const int chosen = m_session.chosen();
    if (chosen < 0)
        say(tr("Press 1 to 8 to take a lever first."));
    else if (!m_session.toggle())
        say(tr("Lever %1 is a slider: use the arrows.").arg(chosen + 1));
    else
        ask();
    moved();
}

void Presentation::resetLever()
{
    const int chosen = m_session.chosen();
    if (chosen >= 0 && (m_session.setPercent(chosen, 100) || m_session.setOn(chosen, false)))
        ask();
    moved();
}

void Presentation::toggleRoom()
{
    m_showing == Showing::Room ? showLive() : showRoom();
}

void Presentation::showVotes()
{
    m_console->showTab(PresenterConsole::Tab::Votes);
    if (!m_twoScreens)
        m_console->showMaximized();
    m_console->activateWindow();
    QTableView *votes = m_console->votesTable();
    votes->setFocus();
    if (!votes->currentIndex().isValid())
        votes->setCurrentIndex(m_votes->index(0, VotesModel::Dots));
}

void Presentation::toggleConsole()
{
    if (m_twoScreens || !m_console->isVisible()) {
        m_console->showMaximized();
        m_console->raise();
        m_console->activateWindow();
    } else {
        m_console->hide();
        m_projection->activateWindow();
    }
}

void Presentation::moved()
{
    if (!m_console)
        return;
    m_console->showSession(m_session);
    const QString inHand =
        m_session.chosen() >= 0
            ? tr("%1 %2").arg(m_session.chosen() + 1).arg(m_session.words(m_session.chosen()))
            : QString();
    const QString moved = m_session.changes();
    const int kept = int(m_snapshots.size());
    m_projection->view()->setLevers(moved, inHand, kept);
    m_console->miniProjection()->setLevers(moved, inHand, kept);
    m_projection->strip()->setLever(inHand);
}

void Presentation::ask()
{
    m_liveRequest = m_live->request(m_session.planWithLive(), m_session.liveId(), m_yearIndex);
    // A lever moved while the comparison was up: the room wants to see what it did.
    if (m_showing != Showing::Live)
        showLive();
    if (m_projection) {
        m_projection->view()->setUpdating(true);
        m_console->miniProjection()->setUpdating(true);
    }
}

void Presentation::liveArrived(quint64 request, const Evaluation &evaluation)
{
    if (!m_running || (request != 0 && request != m_liveRequest))
        return;
    m_latest = evaluation;
    ProjectionFigures figures = ProjectionFigures::of(
        m_session.plan(), evaluation, m_reference ? &*m_reference : nullptr, referenceName());
    figures.scenarioName = liveName();
    // The answer to the latest request is what is asked for: a first answer says so itself
    // ("First answer; settling"). The window's own answer (request 0) waits for ours.
    const bool updating = request == 0 && m_live->isBusy();
    for (ProjectionView *view : {m_projection->view(), m_console->miniProjection()}) {
        view->showFigures(figures);
        view->setUpdating(updating);
    }
    if (!evaluation.isSettled())
        return;
    // What just changed, from one settled answer to the next: not a first answer's guess.
    if (m_lastSettled)
        m_console->showJustChanged(
            ProjectionFigures::between(m_session.plan(), *m_lastSettled, evaluation));
    m_lastSettled = evaluation;
}

void Presentation::referenceArrived(quint64, const Evaluation &evaluation)
{
    if (!evaluation.isSettled())
        return;
    m_reference = evaluation;
    if (m_running && m_latest) {
        ProjectionFigures figures =
            ProjectionFigures::of(m_session.plan(), *m_latest, &*m_reference, referenceName());
        figures.scenarioName = liveName();
        m_projection->view()->showFigures(figures);
        m_console->miniProjection()->showFigures(figures);
    }
}

bool Presentation::isUpdating() const
{
    return m_live->isBusy() || m_referenceEvaluator->isBusy() || m_comparisons->isBusy();
}

void Presentation::waitForAnswers()
{
    for (int round = 0; round < 200 && isUpdating(); ++round) {
        m_live->waitForWorker();
        m_referenceEvaluator->waitForWorker();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    QCoreApplication::processEvents();
}

void Presentation::say(const QString &message)
{
    if (!m_console)
        return;
    m_console->say(message);
    m_projection->strip()->setMessage(message);
    if (!m_twoScreens)
        m_projection->wakeStrip();
}

void Presentation::planChanged(const PlanChange &change)
{
    if (change.replaced) {
        // Another plan is open: this session's levers, votes and snapshots were the old one's.
        leave();
        return;
    }
    // An edit, an undo or a redo in the plan window: the session follows, the levers kept where
    // they stand when they are the same levers, and only what is still in the plan counted.
    const Plan &plan = m_document->plan();
    WorkshopSession next(plan, m_session.fromScenarioId());
    if (next.levers() == m_session.levers()) {
        for (int i = 0; i < next.levers().size(); ++i) {
            next.setPercent(i, m_session.percent(i));
            next.setOn(i, m_session.isOn(i));
        }
        next.choose(m_session.chosen());
        m_session = next;
    } else {
        m_session = next;
        m_console->setLevers(m_session);
    }
    const auto gone = [&plan](const QString &id) {
        return plan.scenarioIndex(id) < 0;
    };
    m_snapshots.removeIf(gone);
    m_roomKept.removeIf(gone);
    m_yearIndex = m_document->yearIndex();
    m_votes->setPlan(plan);
    m_reference.reset();
    m_lastSettled.reset();
    if (const Scenario *baseline = plan.baseline())
        m_referenceEvaluator->request(plan, baseline->id, m_yearIndex);
    moved();
    ask();
}

void Presentation::screensChanged()
{
    // A projector plugged in or out mid-session: one screen or two, as the system now has.
    if (!m_running || m_screens != Screens::Detect)
        return;
    m_twoScreens = QGuiApplication::screens().size() > 1;
    m_projection->setStripWanted(!m_twoScreens);
    placeWindows();
}

void Presentation::snapshot()
{
    const int number = int(m_snapshots.size()) + 1;
    const QString changes = m_session.changes();
    const QString name =
        shortName(changes.isEmpty() ? tr("Snapshot %1: %2 as it stands").arg(number).arg(liveName())
                                    : tr("Snapshot %1: %2").arg(number).arg(changes));
    m_keeping = true;
    const QString problem =
        m_document->apply(ScenarioEdits::add(m_document->plan(), m_session.snapshot(name)));
    m_keeping = false;
    if (!problem.isEmpty()) {
        say(tr("The snapshot was not kept: %1").arg(problem));
        return;
    }
    m_snapshots << m_document->plan().scenarios.last().id;
    m_snapshotPage = 0;
    m_console->addSnapshot(name);
    say(tr("Kept \u201c%1\u201d as a scenario (Edit > Undo takes it back).").arg(name));
    moved();
}

void Presentation::showLive()
{
    m_showing = Showing::Live;
    m_comparisons->cancel(); // a comparison still on its way is no longer wanted
    if (m_projection) {
        m_projection->view()->showComparison(false);
        m_console->miniProjection()->showComparison(false);
    }
}

void Presentation::showSnapshots()
{
    // T pages back through the snapshots, three at a time, then returns to the live view.
    const int page = m_showing == Showing::Snapshots ? m_snapshotPage + 1 : 0;
    const QString title = m_comparisons->snapshots(m_document->plan(), m_session.fromScenarioId(),
                                                   m_snapshots, m_yearIndex, page);
    if (title.isEmpty()) {
        if (m_showing == Showing::Snapshots)
            showLive();
        else
            say(tr("No snapshots yet: press S to keep the what-if on show."));
        return;
    }
    m_showing = Showing::Snapshots;
    m_snapshotPage = page;
    showComparing(title);
}

void Presentation::showRoom()
{
    if (m_votes->votes().isEmpty()) {
        say(tr("No dots yet: press V and type each service's dots, or import the ballots."));
        m_console->showTab(PresenterConsole::Tab::Votes);
        return;
    }
    const VotePriorities::Result room = m_comparisons->room(
        m_document->plan(), m_session.fromScenarioId(), m_votes->votes(), m_yearIndex);
    if (!room.ok()) {
        for (const Problem &problem : room.problems)
            say(problem.toString());
        return;
    }
    for (const QString &note : room.tierNotes())
        say(note);
    m_showing = Showing::Room;
    showComparing(tr("The room's priorities against the officers'"));
}

void Presentation::keepRoom()
{
    const VotePriorities::Result room =
        VotePriorities::scenario(m_document->plan(), m_session.fromScenarioId(), m_votes->votes(),
                                 VotePriorities::defaultName(), m_yearIndex);
    if (!room.ok()) {
        for (const Problem &problem : room.problems)
            say(problem.toString());
        return;
    }
    m_keeping = true;
    const QString problem =
        m_document->apply(ScenarioEdits::add(m_document->plan(), room.scenario));
    m_keeping = false;
    if (!problem.isEmpty()) {
        say(tr("The room's priorities were not kept: %1").arg(problem));
        return;
    }
    m_roomKept << m_document->plan().scenarios.last().id;
    say(tr("Kept \u201c%1\u201d as a scenario (Edit > Undo takes it back).")
            .arg(room.scenario.name));
}

void Presentation::showComparing(const QString &title)
{
    for (ProjectionView *view : {m_projection->view(), m_console->miniProjection()}) {
        view->comparison()->setWaiting(title);
        view->showComparison(true);
    }
}

void Presentation::compared(const QString &title, const QList<ProjectionFigures> &columns)
{
    if (!m_running || m_showing == Showing::Live)
        return;
    m_projection->view()->comparison()->setColumns(title, columns);
    m_console->miniProjection()->comparison()->setColumns(title, columns);
}

bool Presentation::importBallots(const QString &path)
{
    const BallotsCsv::Result read = BallotsCsv::readFile(path, m_document->plan());
    if (!read.ok()) {
        say(tr("The ballots were not counted; nothing changed:"));
        for (const Problem &problem : read.problems)
            say(problem.toString());
        m_console->showTab(PresenterConsole::Tab::Messages);
        return false;
    }
    for (const Problem &note : read.skipped + read.warnings)
        say(note.toString());
    m_votes->setVotes(read.votes);
    say(read.ballots == 1 ? tr("Counted one ballot.")
                          : tr("Counted %1 ballots.").arg(read.ballots));
    m_console->showTab(PresenterConsole::Tab::Votes);
    return true;
}

void Presentation::voteSummary()
{
    if (!m_console)
        return;
    const DotVotes &votes = m_votes->votes();
    if (votes.isEmpty()) {
        m_console->setVoteSummary(tr("No dots yet."));
        return;
    }
    const QString from = votes.ballots() == 1  ? tr(" from one ballot")
                         : votes.ballots() > 1 ? tr(" from %1 ballots").arg(votes.ballots())
                                               : QString();
    m_console->setVoteSummary(
        tr("%1 dots%2. R shows the room's priorities against the officers'; K keeps them.")
            .arg(votes.total())
            .arg(from));
}

} // namespace lps

#include "presentation.h"

#include "comparisonpage.h"
#include "controlstrip.h"
#include "presenterconsole.h"
#include "projectionview.h"
#include "projectionwindow.h"
#include "screenchoice.h"
#include "votesmodel.h"

#include "documents/plananswers.h"
#include "documents/plandocument.h"
#include "editing/scenarioedits.h"
#include "live/backgroundevaluator.h"
#include "votes/ballotscsv.h"
#include "votes/votepriorities.h"
#include "workshop/workshopcomparisons.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QScreen>
#include <QTableView>
#include <QWindow>

namespace lps {

namespace {

// Keys typed into a table or a box belong to it, not to the levers.
bool typingIn(const QWidget *focus)
{
    for (const QWidget *w = focus; w; w = w->parentWidget()) {
        if (qobject_cast<const QAbstractItemView *>(w) ||
            qobject_cast<const QAbstractSpinBox *>(w) || qobject_cast<const QLineEdit *>(w))
            return true;
    }
    return false;
}

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
{
    connect(m_comparisons, &WorkshopComparisons::ready, this, &Presentation::compared);
    connect(m_live, &BackgroundEvaluator::evaluated, this, &Presentation::liveArrived);
    connect(m_referenceEvaluator, &BackgroundEvaluator::evaluated, this,
            &Presentation::referenceArrived);
    connect(m_document, &PlanDocument::changed, this, [this] {
        if (m_running && !m_keeping)
            planChanged();
    });
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
    connect(m_projection, &ProjectionWindow::touched, this, [] {});

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
    qApp->installEventFilter(this);
    placeWindows();
    say(m_twoScreens ? tr("Presenting on two screens: the room sees the projection, you see this.")
                     : tr("Presenting on one screen: press C to see this console."));
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
    qApp->removeEventFilter(this);
    for (QWidget *window :
         {static_cast<QWidget *>(m_projection), static_cast<QWidget *>(m_console)}) {
        if (window) {
            window->hide();
            window->deleteLater();
        }
    }
}

void Presentation::leave()
{
    if (!m_running)
        return;
    tearDown();
    const QString summary =
        m_snapshots.isEmpty() ? tr("Left the presentation; the plan is as it was.")
        : m_snapshots.size() == 1
            ? tr("Left the presentation; one snapshot kept as a scenario.")
            : tr("Left the presentation; %1 snapshots kept as scenarios.").arg(m_snapshots.size());
    if (m_planWindow)
        m_planWindow->activateWindow();
    emit finished(summary);
}

bool Presentation::eventFilter(QObject *watched, QEvent *event)
{
    if (m_running && event->type() == QEvent::KeyPress) {
        auto *widget = qobject_cast<QWidget *>(watched);
        const QWidget *window = widget ? widget->window() : nullptr;
        if (window && (window == m_projection || window == m_console))
            return key(static_cast<QKeyEvent *>(event));
    }
    if (m_running && event->type() == QEvent::MouseMove && m_projection && !m_twoScreens) {
        auto *widget = qobject_cast<QWidget *>(watched);
        if (widget && widget->window() == m_projection)
            m_projection->wakeStrip();
    }
    return QObject::eventFilter(watched, event);
}

bool Presentation::key(QKeyEvent *event)
{
    if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    const int k = event->key();
    if (typingIn(QApplication::focusWidget())) {
        // Esc leaves the table or box first; a second Esc leaves the presentation.
        if (k != Qt::Key_Escape)
            return false;
        QWidget *focus = QApplication::focusWidget();
        // An editor open in a cell closes with its own Esc.
        if (!qobject_cast<QAbstractItemView *>(focus))
            return false;
        focus->clearFocus();
        m_console->setFocus();
        return true;
    }
    if (m_projection && !m_twoScreens)
        m_projection->wakeStrip();
    if (k >= Qt::Key_1 && k <= Qt::Key_8) {
        if (!m_session.choose(k - Qt::Key_1))
            say(tr("There is no lever %1: this plan has %2.")
                    .arg(k - Qt::Key_0)
                    .arg(m_session.levers().size() == 1
                             ? tr("one lever")
                             : tr("%1 levers").arg(m_session.levers().size())));
        moved();
        return true;
    }
    switch (k) {
    case Qt::Key_Left:
    case Qt::Key_Down:
    case Qt::Key_Right:
    case Qt::Key_Up: {
        const int direction = (k == Qt::Key_Right || k == Qt::Key_Up) ? 1 : -1;
        if (m_session.chosen() < 0)
            say(tr("Press 1 to 8 to take a lever first."));
        else if (m_session.levers()[m_session.chosen()].isSwitch())
            say(tr("Lever %1 is a switch: press Space.").arg(m_session.chosen() + 1));
        else if (m_session.step(direction))
            ask();
        moved();
        return true;
    }
    case Qt::Key_Space:
        if (m_session.chosen() < 0)
            say(tr("Press 1 to 8 to take a lever first."));
        else if (!m_session.toggle())
            say(tr("Lever %1 is a slider: use the arrows.").arg(m_session.chosen() + 1));
        else
            ask();
        moved();
        return true;
    case Qt::Key_0:
    case Qt::Key_Backspace: {
        const int chosen = m_session.chosen();
        if (chosen >= 0 && (m_session.setPercent(chosen, 100) || m_session.setOn(chosen, false)))
            ask();
        moved();
        return true;
    }
    case Qt::Key_S:
        snapshot();
        return true;
    case Qt::Key_T:
        m_showing == Showing::Snapshots ? showLive() : showSnapshots();
        return true;
    case Qt::Key_R:
        m_showing == Showing::Room ? showLive() : showRoom();
        return true;
    case Qt::Key_L:
        showLive();
        return true;
    case Qt::Key_K:
        keepRoom();
        return true;
    case Qt::Key_V:
        m_console->showTab(PresenterConsole::Tab::Votes);
        if (!m_twoScreens)
            m_console->showMaximized();
        m_console->activateWindow();
        m_console->votesTable()->setFocus();
        if (!m_console->votesTable()->currentIndex().isValid())
            m_console->votesTable()->setCurrentIndex(m_votes->index(0, VotesModel::Dots));
        return true;
    case Qt::Key_C:
        if (m_twoScreens || !m_console->isVisible()) {
            m_console->showMaximized();
            m_console->raise();
            m_console->activateWindow();
        } else {
            m_console->hide();
            m_projection->activateWindow();
        }
        return true;
    case Qt::Key_Escape:
        leave();
        return true;
    default:
        return false;
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
    QString moved = m_session.changes();
    if (!m_snapshots.isEmpty())
        moved = (moved.isEmpty() ? QString() : moved + QStringLiteral("     ")) +
                tr("Snapshots kept: %1").arg(m_snapshots.size());
    m_projection->view()->setLevers(moved, inHand);
    m_console->miniProjection()->setLevers(moved, inHand);
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
    const std::optional<Evaluation> previous = m_latest;
    m_latest = evaluation;
    ProjectionFigures figures = ProjectionFigures::of(
        m_session.plan(), evaluation, m_reference ? &*m_reference : nullptr, referenceName());
    figures.scenarioName = liveName();
    const bool updating = request != 0 && !evaluation.isSettled();
    for (ProjectionView *view : {m_projection->view(), m_console->miniProjection()}) {
        view->showFigures(figures);
        view->setUpdating(updating || (request == 0 && m_live->isBusy()));
    }
    if (previous)
        m_console->showJustChanged(
            ProjectionFigures::between(m_session.plan(), *previous, evaluation));
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

void Presentation::planChanged()
{
    // Someone changed the plan in the plan window: the session follows, levers kept where they
    // stand when they are the same levers.
    WorkshopSession next(m_document->plan(), m_session.fromScenarioId());
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
    m_votes->setPlan(m_document->plan());
    m_reference.reset();
    if (const Scenario *baseline = m_document->plan().baseline())
        m_referenceEvaluator->request(m_document->plan(), baseline->id, m_yearIndex);
    moved();
    ask();
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
    const QString title = m_comparisons->snapshots(m_document->plan(), m_session.fromScenarioId(),
                                                   m_snapshots, m_yearIndex);
    if (title.isEmpty()) {
        say(tr("No snapshots yet: press S to keep the what-if on show."));
        return;
    }
    m_showing = Showing::Snapshots;
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
        VotePriorities::scenario(m_document->plan(), m_session.fromScenarioId(), m_votes->votes());
    if (!room.ok()) {
        for (const Problem &problem : room.problems)
            say(problem.toString());
        return;
    }
    m_keeping = true;
    const QString problem =
        m_document->apply(ScenarioEdits::add(m_document->plan(), room.scenario));
    m_keeping = false;
    say(problem.isEmpty() ? tr("Kept \u201c%1\u201d as a scenario.").arg(room.scenario.name)
                          : tr("The room's priorities were not kept: %1").arg(problem));
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
    for (const Problem &skipped : read.skipped)
        say(skipped.toString());
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

#include "presenterconsole.h"

#include "levercontrol.h"
#include "models/votesmodel.h"
#include "projection/projectionview.h"

#include "clock/clock.h"
#include "workshop/workshopsession.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace lps {

PresenterConsole::PresenterConsole(VotesModel *votes, QWidget *parent)
    : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("presenterConsole"));
    setWindowTitle(tr("LPS Planner \u2013 presenter console"));
    m_leverBox = new QWidget(this);
    auto *levers = new QVBoxLayout(m_leverBox);
    levers->setContentsMargins(0, 0, 0, 0);
    m_noLevers =
        new QLabel(tr("This plan has no levers yet. Leave (Esc) and choose them under "
                      "Plan > Workshop levers\u2026; the room can still see the plan, keep "
                      "snapshots and vote."),
                   m_leverBox);
    m_noLevers->setWordWrap(true);
    levers->addWidget(m_noLevers);
    levers->addStretch(1);
    auto *keys =
        new QLabel(tr("Keys: 1\u20138 take a lever \u00b7 \u2190 \u2192 move it 5% \u00b7 "
                      "Space flips a switch \u00b7 0 puts it back \u00b7 S snapshot \u00b7 "
                      "T snapshots side by side \u00b7 V votes \u00b7 R the room against "
                      "the officers \u00b7 L live \u00b7 C console \u00b7 Esc leave"),
                   this);
    keys->setWordWrap(true);

    m_tabs = new QTabWidget(this);
    auto *snapshots = new QWidget(m_tabs);
    auto *snapshotLayout = new QVBoxLayout(snapshots);
    m_timeline = new QListWidget(snapshots);
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_timeline->setWordWrap(true);
    // The keys stay with the levers: the timeline is read, not typed into.
    m_timeline->setFocusPolicy(Qt::NoFocus);
    auto *take = new QPushButton(tr("Keep a &snapshot (S)"), snapshots);
    auto *sideBySide = new QPushButton(tr("Side by side on the projection (T)"), snapshots);
    snapshotLayout->addWidget(m_timeline, 1);
    snapshotLayout->addWidget(take);
    snapshotLayout->addWidget(sideBySide);
    connect(take, &QPushButton::clicked, this, &PresenterConsole::snapshotWanted);
    connect(sideBySide, &QPushButton::clicked, this, &PresenterConsole::snapshotsWanted);
    m_messages = new QPlainTextEdit(m_tabs);
    m_messages->setObjectName(QStringLiteral("messages"));
    m_messages->setReadOnly(true);
    m_tabs->addTab(snapshots, tr("Snapshots"));
    m_tabs->addTab(createVotes(votes), tr("Votes"));
    m_tabs->addTab(m_messages, tr("Messages"));

    auto *left = new QVBoxLayout;
    left->addWidget(m_leverBox, 1);
    left->addWidget(keys);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 3);
    columns->addWidget(createMiddle(), 4);
    columns->addWidget(m_tabs, 3);
    // The latest message stays in sight, whichever tab is in front.
    m_latest = new QLabel(this);
    m_latest->setObjectName(QStringLiteral("latestMessage"));
    m_latest->setWordWrap(true);
    m_latest->setTextFormat(Qt::PlainText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createTop());
    layout->addWidget(m_latest);
    layout->addLayout(columns, 1);
    resize(1280, 720);
}

QWidget *PresenterConsole::createTop()
{
    auto *top = new QWidget(this);
    m_heading = new QLabel(top);
    QFont heading = m_heading->font();
    heading.setBold(true);
    heading.setPointSizeF(heading.pointSizeF() * 1.3);
    m_heading->setFont(heading);
    m_heading->setWordWrap(true);
    m_heading->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_screens = new QComboBox(top);
    m_screens->setFocusPolicy(Qt::NoFocus);
    auto *screenLabel = new QLabel(tr("Projection on:"), top);
    screenLabel->setBuddy(m_screens);
    auto *live = new QPushButton(tr("Live (L)"), top);
    auto *snapshots = new QPushButton(tr("Snapshots (T)"), top);
    auto *room = new QPushButton(tr("Room against officers (R)"), top);
    auto *leave = new QPushButton(tr("Leave (Esc)"), top);
    for (QPushButton *button : {live, snapshots, room, leave})
        button->setFocusPolicy(Qt::NoFocus);
    auto *layout = new QHBoxLayout(top);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading, 1);
    layout->addWidget(screenLabel);
    layout->addWidget(m_screens);
    layout->addWidget(live);
    layout->addWidget(snapshots);
    layout->addWidget(room);
    layout->addWidget(leave);
    connect(live, &QPushButton::clicked, this, &PresenterConsole::liveWanted);
    connect(snapshots, &QPushButton::clicked, this, &PresenterConsole::snapshotsWanted);
    connect(room, &QPushButton::clicked, this, &PresenterConsole::roomWanted);
    connect(leave, &QPushButton::clicked, this, &PresenterConsole::leaveWanted);
    connect(m_screens, &QComboBox::activated, this,
            [this](int index) { emit screenChosen(m_screens->itemText(index)); });
    return top;
}

QWidget *PresenterConsole::createMiddle()
{
    auto *middle = new QWidget(this);
    m_mini = new ProjectionView(middle);
    m_mini->setObjectName(QStringLiteral("miniProjection"));
    m_mini->setFixedSize(480, 270);
    auto *seen = new QLabel(tr("What the room sees"), middle);
    m_notes = new QLabel(middle);
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::PlainText);
    auto *changedLabel = new QLabel(tr("Just changed, and what it means for people:"), middle);
    m_justChanged = new QPlainTextEdit(middle);
    m_justChanged->setObjectName(QStringLiteral("justChanged"));
    m_justChanged->setReadOnly(true);
    m_justChanged->setFocusPolicy(Qt::NoFocus);
    auto *layout = new QVBoxLayout(middle);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(seen);
    layout->addWidget(m_mini, 0, Qt::AlignHCenter);
    layout->addWidget(m_notes);
    layout->addWidget(changedLabel);
    layout->addWidget(m_justChanged, 1);
    return middle;
}

QWidget *PresenterConsole::createVotes(VotesModel *votes)
{
    auto *page = new QWidget(this);
    m_votesTable = new QTableView(page);
    m_votesTable->setObjectName(QStringLiteral("votesTable"));
    m_votesTable->setModel(votes);
    m_votesTable->setEditTriggers(QAbstractItemView::AnyKeyPressed |
                                  QAbstractItemView::DoubleClicked |
                                  QAbstractItemView::EditKeyPressed);
    m_votesTable->horizontalHeader()->setSectionResizeMode(VotesModel::Name, QHeaderView::Stretch);
    m_votesTable->verticalHeader()->hide();
    m_voteSummary = new QLabel(tr("No dots yet."), page);
    m_voteSummary->setWordWrap(true);
    auto *import = new QPushButton(tr("&Import ballots\u2026"), page);
    auto *clear = new QPushButton(tr("Clear"), page);
    auto *compare = new QPushButton(tr("Room against officers (R)"), page);
    auto *keep = new QPushButton(tr("&Keep the room's priorities as a scenario"), page);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(import);
    buttons->addWidget(clear);
    auto *layout = new QVBoxLayout(page);
    auto *intro = new QLabel(tr("Type each service's dots, or import the paper ballots (a CSV: "
                                "ballot, service, dots)."),
                             page);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_votesTable, 1);
    layout->addWidget(m_voteSummary);
    layout->addLayout(buttons);
    layout->addWidget(compare);
    layout->addWidget(keep);
    connect(import, &QPushButton::clicked, this, [this] {
        // Not modal: nothing may stop the session, and nothing modal may stand over a projection.
        auto *chooser = new QFileDialog(this, tr("Import ballots"), QString(),
                                        tr("Ballots (*.csv *.txt);;All files (*)"));
        chooser->setAttribute(Qt::WA_DeleteOnClose);
        chooser->setFileMode(QFileDialog::ExistingFile);
        chooser->setModal(false);
        connect(chooser, &QFileDialog::fileSelected, this, &PresenterConsole::ballotsChosen);
        chooser->show();
    });
    connect(clear, &QPushButton::clicked, votes, &VotesModel::clear);
    connect(compare, &QPushButton::clicked, this, &PresenterConsole::roomWanted);
    connect(keep, &QPushButton::clicked, this, &PresenterConsole::keepRoomWanted);
    return page;
}

void PresenterConsole::closeEvent(QCloseEvent *event)
{
    QWidget::closeEvent(event);
    emit closeRequested();
}

void PresenterConsole::setLevers(const WorkshopSession &session)
{
    qDeleteAll(m_levers);
    m_levers.clear();
    auto *layout = static_cast<QVBoxLayout *>(m_leverBox->layout());
    for (int i = 0; i < session.levers().size(); ++i) {
        auto *control = new LeverControl(i, m_leverBox);
        layout->insertWidget(i, control);
        m_levers << control;
        connect(control, &LeverControl::leverMoved, this, &PresenterConsole::leverMoved);
        connect(control, &LeverControl::leverChosen, this, &PresenterConsole::leverChosen);
    }
    m_noLevers->setVisible(m_levers.isEmpty());
    showSession(session);
}

void PresenterConsole::showSession(const WorkshopSession &session)
{
    for (LeverControl *control : m_levers)
        control->showSession(session);
}

void PresenterConsole::setHeading(const QString &heading, const QString &notes)
{
    m_heading->setText(heading);
    m_notes->setText(notes);
    m_notes->setVisible(!notes.isEmpty());
}

void PresenterConsole::showJustChanged(const QList<ProjectionFigures::StatusChange> &changes)
{
    if (changes.isEmpty())
        return;
    QStringList lines;
    const QString time =
        Clock::currentDateTimeUtc().toLocalTime().toString(QStringLiteral("HH:mm:ss"));
    for (const ProjectionFigures::StatusChange &change : changes) {
        lines << tr("%1  %2").arg(time, change.words());
        if (!change.consequence.isEmpty())
            lines << QStringLiteral("    ") + change.consequence;
    }
    // Newest first: what the room is looking at now is at the top.
    m_justChanged->setPlainText(lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n") +
                                m_justChanged->toPlainText());
}

QString PresenterConsole::justChanged() const
{
    return m_justChanged->toPlainText();
}

void PresenterConsole::addSnapshot(const QString &words)
{
    m_timeline->addItem(tr("%1  %2").arg(
        Clock::currentDateTimeUtc().toLocalTime().toString(QStringLiteral("HH:mm")), words));
    m_timeline->scrollToBottom();
}

QStringList PresenterConsole::snapshots() const
{
    QStringList items;
    for (int i = 0; i < m_timeline->count(); ++i)
        items << m_timeline->item(i)->text();
    return items;
}

void PresenterConsole::say(const QString &message)
{
    m_lastMessage = message;
    m_latest->setText(message);
    m_messages->appendPlainText(tr("%1  %2").arg(
        Clock::currentDateTimeUtc().toLocalTime().toString(QStringLiteral("HH:mm:ss")), message));
}

void PresenterConsole::setVoteSummary(const QString &summary)
{
    m_voteSummary->setText(summary);
}

void PresenterConsole::setScreens(const QStringList &names, const QString &current)
{
    m_screens->clear();
    m_screens->addItems(names);
    m_screens->setCurrentText(current);
    m_screens->setEnabled(names.size() > 1);
}

void PresenterConsole::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

} // namespace lps

#pragma once

#include "workshop/projectionfigures.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace lps {

class LeverControl;
class ProjectionView;
class VotesModel;
class WorkshopSession;

/// The facilitator's screen during a workshop: the levers as big controls, a small copy of what
/// the room sees, the scenario's notes, the consequence of every service whose status just
/// changed, the session's snapshots, the room's votes, and every message and question, so that
/// nothing ever covers the projection.
class PresenterConsole : public QWidget
{
    Q_OBJECT

public:
    enum class Tab
    {
        Snapshots,
        Votes,
        Messages
    };

    explicit PresenterConsole(VotesModel *votes, QWidget *parent = nullptr);

    /// The levers of a new session (made once per session, not per move).
    void setLevers(const WorkshopSession &session);
    void showSession(const WorkshopSession &session);
    void setHeading(const QString &heading, const QString &notes);
    ProjectionView *miniProjection() const { return m_mini; }
    /// Services whose status just changed, newest first, each with its consequence text.
    void showJustChanged(const QList<ProjectionFigures::StatusChange> &changes);
    QString justChanged() const;
    void addSnapshot(const QString &words);
    QStringList snapshots() const;
    void say(const QString &message);
    QString lastMessage() const { return m_lastMessage; }
    void setVoteSummary(const QString &summary);
    /// The screens the projection may go to, by name, and the one it is on.
    void setScreens(const QStringList &names, const QString &current);
    void showTab(Tab tab);
    QTableView *votesTable() const { return m_votesTable; }

signals:
    void leverMoved(int index, int percent);
    void leverChosen(int index);
    void snapshotWanted();
    void liveWanted();
    void snapshotsWanted();
    void roomWanted();
    void keepRoomWanted();
    void leaveWanted();
    void ballotsChosen(const QString &path);
    void screenChosen(const QString &name);
    /// Someone closed the console (Alt+F4, the window's X): the session ends.
    void closeRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *createTop();
    QWidget *createMiddle();
    QWidget *createVotes(VotesModel *votes);

    QLabel *m_heading = nullptr;
    QLabel *m_notes = nullptr;
    QComboBox *m_screens = nullptr;
    QWidget *m_leverBox = nullptr;
    QList<LeverControl *> m_levers;
    QLabel *m_noLevers = nullptr;
    ProjectionView *m_mini = nullptr;
    QPlainTextEdit *m_justChanged = nullptr;
    QTabWidget *m_tabs = nullptr;
    QListWidget *m_timeline = nullptr;
    QTableView *m_votesTable = nullptr;
    QLabel *m_voteSummary = nullptr;
    QPlainTextEdit *m_messages = nullptr;
    QLabel *m_latest = nullptr;
    QString m_lastMessage;
};

} // namespace lps

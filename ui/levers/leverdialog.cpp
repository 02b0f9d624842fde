#include "leverdialog.h"

#include "documents/plandocument.h"
#include "editing/leveredits.h"
#include "editors/exactspinbox.h"
#include "editors/problemlabel.h"
#include "validation/planlimits.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace lps {

namespace {

ExactSpinBox *percentBox(double factor, QWidget *parent)
{
    auto *box = new ExactSpinBox(100.0, parent);
    box->setRange(0.0, PlanLimits::kMaxLeverFactor * 100.0);
    box->setDecimals(0);
    box->setSingleStep(10.0);
    box->setSuffix(QStringLiteral("%"));
    box->setExactValue(factor);
    return box;
}

Lever probe(LeverKind kind)
{
    Lever lever;
    lever.kind = kind;
    return lever;
}

} // namespace

LeverDialog::LeverDialog(PlanDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_levers(document->plan().levers)
    , m_list(new QListWidget(this))
    , m_up(new QPushButton(tr("Move &up"), this))
    , m_down(new QPushButton(tr("Move &down"), this))
    , m_remove(new QPushButton(tr("Re&move"), this))
    , m_room(new QLabel(this))
    , m_adding(new QGroupBox(tr("Add a lever"), this))
    , m_addForm(new QFormLayout(m_adding))
    , m_kind(new QComboBox(m_adding))
    , m_targetLabel(new QLabel(m_adding))
    , m_target(new QComboBox(m_adding))
    , m_range(new QWidget(m_adding))
    , m_low(percentBox(0.5, m_range))
    , m_high(percentBox(1.5, m_range))
    , m_rangeNote(new QLabel(m_adding))
    , m_add(new QPushButton(tr("&Add"), m_adding))
    , m_problem(new ProblemLabel(this))
{
    setObjectName(QStringLiteral("leverDialog"));
    setWindowTitle(tr("Workshop levers"));
    auto *body = new QVBoxLayout;
    body->addLayout(createList(), 1);
    body->addSpacing(QFontMetrics(m_list->font()).lineSpacing() / 2);
    body->addWidget(createAddBox());
    setUpKeys(createButtons(body));

    kindChanged();
    showLevers(m_levers.isEmpty() ? -1 : 0);
    (m_levers.isEmpty() ? static_cast<QWidget *>(m_kind) : m_list)->setFocus();
}

QLayout *LeverDialog::createList()
{
    m_list->setObjectName(QStringLiteral("leverList"));
    m_up->setObjectName(QStringLiteral("moveLeverUp"));
    m_down->setObjectName(QStringLiteral("moveLeverDown"));
    m_remove->setObjectName(QStringLiteral("removeLever"));
    m_room->setObjectName(QStringLiteral("leverRoom"));

    // Eight levers fit without scrolling; long names wrap rather than hide behind a scroll bar.
    m_list->setAccessibleName(tr("Workshop levers, in key order"));
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    const QFontMetrics metrics(m_list->font());
    m_list->setMinimumSize(metrics.averageCharWidth() * 86,
                           (metrics.lineSpacing() + 6) * PlanLimits::kMaxLevers +
                               2 * m_list->frameWidth());
    auto *removeKey = new QAction(tr("Remove lever"), m_list);
    removeKey->setShortcut(QKeySequence::Delete);
    removeKey->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(removeKey);
    auto *listLabel = new QLabel(tr("&Levers, in the order keys 1 to %1 choose them in a session:")
                                     .arg(PlanLimits::kMaxLevers),
                                 this);
    listLabel->setBuddy(m_list);
    listLabel->setWordWrap(true);
    m_room->setWordWrap(true);

    auto *listButtons = new QVBoxLayout;
    listButtons->addWidget(m_up);
    listButtons->addWidget(m_down);
    listButtons->addWidget(m_remove);
    listButtons->addStretch(1);
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_list, 1);
    listRow->addLayout(listButtons);
    auto *section = new QVBoxLayout;
    section->addWidget(listLabel);
    section->addLayout(listRow, 1);
    section->addWidget(m_room);

    connect(m_remove, &QPushButton::clicked, this, &LeverDialog::remove);
    connect(removeKey, &QAction::triggered, this, &LeverDialog::remove);
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(+1); });
    connect(m_list, &QListWidget::currentRowChanged, this, &LeverDialog::updateButtons);
    return section;
}

QWidget *LeverDialog::createAddBox()
{
    m_kind->setObjectName(QStringLiteral("leverKind"));
    m_target->setObjectName(QStringLiteral("leverTarget"));
    m_low->setObjectName(QStringLiteral("leverLow"));
    m_high->setObjectName(QStringLiteral("leverHigh"));
    m_add->setObjectName(QStringLiteral("addLever"));

    for (const LeverKind kind : LeverEdits::kinds())
        m_kind->addItem(LeverEdits::kindTitle(kind), int(kind));
    // Typing any part of a name finds it among thousands of services.
    m_target->setEditable(true);
    m_target->setInsertPolicy(QComboBox::NoInsert);
    m_target->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_target->setMinimumContentsLength(40);
    m_target->setMaxVisibleItems(16);
    auto *completer = new QCompleter(m_target->model(), m_target);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    m_target->setCompleter(completer);
    m_targetLabel->setBuddy(m_target);
    m_rangeNote->setWordWrap(true);
    // Room the fields do not need goes to the list, not to a gap where a switch has no range.
    m_adding->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    auto *rangeRow = new QHBoxLayout(m_range);
    rangeRow->setContentsMargins(0, 0, 0, 0);
    auto *toLabel = new QLabel(tr("&to"), m_range);
    toLabel->setBuddy(m_high);
    rangeRow->addWidget(m_low);
    rangeRow->addWidget(toLabel);
    rangeRow->addWidget(m_high);
    rangeRow->addStretch(1);
    auto *fromLabel = new QLabel(tr("&From:"), m_adding);
    fromLabel->setBuddy(m_low);
    auto *addRow = new QHBoxLayout;
    addRow->addStretch(1);
    addRow->addWidget(m_add);
    auto *kindLabel = new QLabel(tr("&Kind:"), m_adding);
    kindLabel->setBuddy(m_kind);
    m_addForm->addRow(kindLabel, m_kind);
    m_addForm->addRow(m_targetLabel, m_target);
    m_addForm->addRow(fromLabel, m_range);
    m_addForm->addRow(QString(), m_rangeNote);
    m_addForm->addRow(addRow);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &LeverDialog::kindChanged);
    connect(m_add, &QPushButton::clicked, this, &LeverDialog::add);
    return m_adding;
}

QPushButton *LeverDialog::createButtons(QLayout *body)
{
    m_problem->frame(this, body, [this] {
        return m_document->apply(LeverEdits::setLevers(m_document->plan(), m_levers));
    });
    return findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

void LeverDialog::setUpKeys(QPushButton *ok)
{
    // Return adds the lever being described while the person is describing it, and takes the
    // whole list (OK) everywhere else.
    connect(qApp, &QApplication::focusChanged, this, [this, ok](QWidget *, QWidget *now) {
        if (!now || now->window() != this)
            return;
        const bool adding = m_adding->isAncestorOf(now) && m_add->isEnabled();
        m_add->setDefault(adding);
        ok->setDefault(!adding);
    });
    setTabOrder(m_list, m_up);
    setTabOrder(m_up, m_down);
    setTabOrder(m_down, m_remove);
    setTabOrder(m_remove, m_kind);
    setTabOrder(m_kind, m_target);
    setTabOrder(m_target, m_low);
    setTabOrder(m_low, m_high);
    setTabOrder(m_high, m_add);
    setTabOrder(m_add, ok);
}

LeverKind LeverDialog::kind() const
{
    return LeverKind(m_kind->currentData().toInt());
}

// The targets follow the kind: resources or services, by name, the first without a lever of
// this kind chosen; a name already typed stays while the kind moves the same kind of thing.
void LeverDialog::kindChanged()
{
    const Lever shape = probe(kind());
    const bool resources = shape.movesResource();
    const Plan &plan = m_document->plan();
    m_targetLabel->setText(resources ? tr("&Resource:") : tr("&Service:"));
    m_rangeNote->setText(
        resources ? tr("Of the amount in the scenario on show; 100% leaves it as it is. A slider "
                       "starts there, so its range includes 100%.")
                  : tr("Of the cost in the scenario on show; 100% leaves it as it is. A slider "
                       "starts there, so its range includes 100%."));
    m_addForm->setRowVisible(m_range, !shape.isSwitch());
    m_addForm->setRowVisible(m_rangeNote, !shape.isSwitch());
    if (m_targetsAreResources == resources)
        return;
    const QList<LeverEdits::Target> targets = LeverEdits::targets(plan, kind());
    // Two things of the same name are told apart by their ids.
    QHash<QString, int> uses;
    for (const LeverEdits::Target &target : targets)
        ++uses[target.name];
    QStringList names;
    names.reserve(targets.size());
    for (const LeverEdits::Target &target : targets)
        names << (uses.value(target.name) > 1
                      ? QStringLiteral("%1 (%2)").arg(target.name, target.id)
                      : target.name);
    m_target->clear();
    m_target->addItems(names);
    for (int i = 0; i < targets.size(); ++i)
        m_target->setItemData(i, targets.at(i).id);
    m_targetsAreResources = resources;
    Plan chosen = plan;
    chosen.levers = m_levers;
    const QString suggested = LeverEdits::suggested(chosen, kind()).target;
    m_target->setCurrentIndex(qMax(0, m_target->findData(suggested)));
    m_target->lineEdit()->home(false); // a long name shows its start
}

std::optional<Lever> LeverDialog::candidate(QString *problem) const
{
    const bool resources = probe(kind()).movesResource();
    const QString typed = m_target->currentText().trimmed();
    int index = m_target->currentIndex();
    if (index < 0 || m_target->itemText(index) != typed)
        index = m_target->findText(typed, Qt::MatchFixedString);
    if (index < 0) {
        if (problem) {
            if (typed.isEmpty())
                *problem = resources ? tr("Choose the resource the lever moves.")
                                     : tr("Choose the service the lever moves.");
            else
                *problem =
                    (resources
                         ? tr("No resource in the plan is called \u201c%1\u201d: choose one from "
                              "the list.")
                         : tr("No service in the plan is called \u201c%1\u201d: choose one from "
                              "the list."))
                        .arg(typed);
        }
        return std::nullopt;
    }
    Lever lever =
        LeverEdits::suggested(m_document->plan(), kind(), m_target->itemData(index).toString());
    if (!lever.isSwitch()) {
        lever.low = m_low->exactValue();
        lever.high = m_high->exactValue();
    }
    return lever;
}

void LeverDialog::add()
{
    QString problem;
    const std::optional<Lever> lever = candidate(&problem);
    if (!lever) {
        m_problem->say(problem);
        m_target->setFocus();
        return;
    }
    // The slips a person makes, said in the dialog's own words; the plan's rules follow.
    for (qsizetype i = 0; i < m_levers.size(); ++i) {
        if (m_levers.at(i).kind == lever->kind && m_levers.at(i).target == lever->target) {
            m_problem->say(tr("Lever %1 is already %2. To change its range, remove it and add "
                              "it again.")
                               .arg(i + 1)
                               .arg(LeverEdits::describe(m_document->plan(), m_levers.at(i))));
            return;
        }
    }
    if (refuseRange(*lever))
        return;
    QList<Lever> levers = m_levers;
    levers << *lever;
    // The plan's own rules, now rather than at OK: the list only ever holds a set it can keep.
    const PlanEdit edit = LeverEdits::setLevers(m_document->plan(), levers);
    if (!edit.ok()) {
        m_problem->say(edit.problem);
        return;
    }
    m_levers = levers;
    m_problem->say(QString());
    showLevers(int(m_levers.size()) - 1);
}

bool LeverDialog::refuseRange(const Lever &lever)
{
    if (!lever.low || !lever.high)
        return false;
    const double low = *lever.low;
    const double high = *lever.high;
    const QString from = LeverEdits::percent(low);
    const QString to = LeverEdits::percent(high);
    if (!(low < high)) {
        m_problem->say(tr("A range runs from a lower share to a higher one: %1 is not below %2.")
                           .arg(from, to));
        m_low->setFocus();
        return true;
    }
    // A session starts every slider at the scenario on show (the validator's 1).
    if (low > 1.0 || high < 1.0) {
        m_problem->say((lever.movesResource()
                            ? tr("A slider starts at 100% (the amount on show), so its range must "
                                 "include it: from 100% or less, to 100% or more, not %1 to %2.")
                            : tr("A slider starts at 100% (the cost on show), so its range must "
                                 "include it: from 100% or less, to 100% or more, not %1 to %2."))
                           .arg(from, to));
        (low > 1.0 ? m_low : m_high)->setFocus();
        return true;
    }
    return false;
}

void LeverDialog::remove()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_levers.size())
        return;
    m_levers.removeAt(row);
    m_problem->say(QString());
    showLevers(qMin(row, int(m_levers.size()) - 1));
}

void LeverDialog::move(int step)
{
    const int row = m_list->currentRow();
    const int to = row + step;
    if (row < 0 || to < 0 || to >= m_levers.size())
        return;
    m_levers.move(row, to);
    m_problem->say(QString());
    showLevers(to);
}

void LeverDialog::showLevers(int row)
{
    const Plan &plan = m_document->plan();
    m_list->clear();
    for (qsizetype i = 0; i < m_levers.size(); ++i)
        m_list->addItem(tr("%1  %2").arg(i + 1).arg(LeverEdits::describe(plan, m_levers.at(i))));
    m_list->setCurrentRow(qBound(-1, row, int(m_levers.size()) - 1));
    updateButtons();
}

void LeverDialog::updateButtons()
{
    const int row = m_list->currentRow();
    const int count = int(m_levers.size());
    const bool chosen = row >= 0 && row < count;
    m_up->setEnabled(chosen && row > 0);
    m_down->setEnabled(chosen && row + 1 < count);
    m_remove->setEnabled(chosen);
    const int room = PlanLimits::kMaxLevers - count;
    m_add->setEnabled(room > 0);
    if (count == 0)
        m_room->setText(tr("No levers yet: add up to %1.").arg(PlanLimits::kMaxLevers));
    else if (room > 0)
        m_room->setText(tr("%1 of %2 keys in use; room for %3 more.")
                            .arg(count)
                            .arg(PlanLimits::kMaxLevers)
                            .arg(room));
    else
        m_room->setText(
            tr("All %1 keys have a lever: remove one to add another.").arg(PlanLimits::kMaxLevers));
    m_add->setToolTip(room > 0 ? QString() : m_room->text());
    // A longer sentence (another language, a larger font) makes room for itself.
    if (isVisible() && layout()) {
        layout()->activate();
        const int needed = layout()->totalHeightForWidth(width());
        if (needed > height())
            resize(width(), needed);
    }
}

} // namespace lps

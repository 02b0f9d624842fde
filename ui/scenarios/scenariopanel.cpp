#include "scenariopanel.h"

#include "adjustmentdialog.h"
#include "documents/plandocument.h"
#include "editing/adjustmentwords.h"
#include "editing/scenarioedits.h"
#include "scenariolistmodel.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace lps {

namespace {

QPushButton *button(const QString &text, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setAutoDefault(false);
    return b;
}

} // namespace

ScenarioPanel::ScenarioPanel(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new ScenarioListModel(this))
    , m_list(new QListView(this))
    , m_notes(new QPlainTextEdit(this))
    , m_notesTimer(new QTimer(this))
    , m_adjustments(new QListWidget(this))
    , m_derive(button(tr("Ne&w from this"), this))
    , m_delete(button(tr("Delete"), this))
    , m_edit(button(tr("Edit…"), this))
    , m_remove(button(tr("Remove"), this))
    , m_up(button(tr("Up"), this))
    , m_down(button(tr("Down"), this))
{
    setObjectName(QStringLiteral("scenarioPanel"));
    m_model->setRenamer([this](const QString &id, const QString &name) {
        return m_document->apply(ScenarioEdits::rename(m_document->plan(), id, name));
    });
    connect(m_model, &ScenarioListModel::changeRefused, this, &ScenarioPanel::changeRefused);
    m_list->setModel(m_model);
    m_list->setAccessibleName(tr("Scenarios"));
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setMinimumWidth(240);
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_notes->setAccessibleName(tr("Notes on the scenario"));
    m_notes->setPlaceholderText(tr("What this scenario is for, who asked, what it assumes"));
    m_notes->setTabChangesFocus(true);
    m_notesTimer->setSingleShot(true);
    m_notesTimer->setInterval(600);
    m_adjustments->setAccessibleName(tr("Adjustments of the scenario"));
    m_adjustments->setWordWrap(true);
    auto *listLabel = new QLabel(tr("Sce&narios:"), this);
    listLabel->setBuddy(m_list);
    auto *notesLabel = new QLabel(tr("Notes:"), this);
    notesLabel->setBuddy(m_notes);
    auto *adjustmentsLabel = new QLabel(tr("Adjustments, applied in this order:"), this);
    adjustmentsLabel->setWordWrap(true);
    adjustmentsLabel->setBuddy(m_adjustments);
    auto *scenarioButtons = new QHBoxLayout;
    scenarioButtons->addWidget(m_derive);
    scenarioButtons->addWidget(m_delete);
    auto *adjustmentButtons = new QHBoxLayout;
    adjustmentButtons->addWidget(m_edit);
    adjustmentButtons->addWidget(m_remove);
    adjustmentButtons->addWidget(m_up);
    adjustmentButtons->addWidget(m_down);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(listLabel);
    layout->addWidget(m_list, 2);
    layout->addLayout(scenarioButtons);
    layout->addWidget(notesLabel);
    layout->addWidget(m_notes, 1);
    layout->addWidget(adjustmentsLabel);
    layout->addWidget(m_adjustments, 2);
    layout->addLayout(adjustmentButtons);
    connect(m_document, &PlanDocument::changed, this, &ScenarioPanel::planChanged);
    connect(m_document, &PlanDocument::scenarioChosen, this, &ScenarioPanel::setCurrentScenario);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &index) {
                const QString id = index.data(ScenarioListModel::IdRole).toString();
                // Rows removed while following the plan move the list's current row; the
                // document has already chosen what replaces a deleted scenario.
                if (id.isEmpty() || id == m_current || m_following)
                    return;
                // The new choice first: keeping the notes typed for the old one changes the
                // plan, and the list must not jump back to the old one when it does.
                m_current = id;
                m_document->setScenarioId(id);
                commitNotes();
                showScenario();
            });
    connect(m_notes, &QPlainTextEdit::textChanged, m_notesTimer, qOverload<>(&QTimer::start));
    connect(m_notesTimer, &QTimer::timeout, this, &ScenarioPanel::commitNotes);
    connect(m_derive, &QPushButton::clicked, this, &ScenarioPanel::deriveScenario);
    connect(m_delete, &QPushButton::clicked, this, &ScenarioPanel::deleteScenario);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        apply(ScenarioEdits::removeAdjustment(m_document->plan(), m_current,
                                              m_adjustments->currentRow()));
    });
    for (const auto &[b, step] : {std::pair{m_up, -1}, std::pair{m_down, +1}}) {
        connect(b, &QPushButton::clicked, this, [this, step] {
            const int row = m_adjustments->currentRow();
            if (apply(ScenarioEdits::moveAdjustment(m_document->plan(), m_current, row, step)))
                m_adjustments->setCurrentRow(row + step);
        });
    }
    connect(m_adjustments, &QListWidget::currentRowChanged, this, &ScenarioPanel::updateButtons);
    connect(m_edit, &QPushButton::clicked, this, &ScenarioPanel::editAdjustment);
    connect(m_adjustments, &QListWidget::itemActivated, this, &ScenarioPanel::editAdjustment);
    planChanged();
}

const Scenario *ScenarioPanel::scenario() const
{
    const qsizetype index = m_document->plan().scenarioIndex(m_current);
    return index < 0 ? nullptr : &m_document->plan().scenarios.at(index);
}

bool ScenarioPanel::apply(const PlanEdit &edit)
{
    if (m_notesTimer->isActive())
        commitNotes(); // what was typed is kept before anything else changes
    const QString problem = m_document->apply(edit);
    if (!problem.isEmpty())
        emit changeRefused(problem);
    return problem.isEmpty();
}

void ScenarioPanel::setCurrentScenario(const QString &id)
{
    const Plan &plan = m_document->plan();
    const QString chosen = plan.scenarioIndex(id) >= 0
                               ? id
                               : (plan.scenarios.isEmpty() ? QString() : plan.scenarios.first().id);
    const int row = m_model->rowOf(chosen);
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row));
    if (chosen != m_current) {
        m_current = chosen;
        showScenario();
    }
    m_document->setScenarioId(chosen);
}

// The plan changed (an edit, an undo, another plan): the list follows, and the same scenario
// stays chosen while it exists.
void ScenarioPanel::planChanged()
{
    m_following = true;
    m_model->setPlan(m_document->plan());
    m_following = false;
    setCurrentScenario(m_document->scenarioId());
    showScenario();
}

void ScenarioPanel::showScenario()
{
    const Scenario *chosen = scenario();
    // Notes still being typed (not kept yet) are never overwritten by another change.
    if (!m_notesTimer->isActive() || !chosen) {
        const QSignalBlocker blocker(m_notes);
        const QString notes = chosen ? chosen->notes : QString();
        if (m_notes->toPlainText() != notes) // the same text keeps the cursor where it is
            m_notes->setPlainText(notes);
        m_notesFor = chosen ? chosen->id : QString();
    }
    const int row = m_adjustments->currentRow();
    m_adjustments->clear();
    if (chosen) {
        for (const Adjustment &adjustment : chosen->adjustments)
            m_adjustments->addItem(AdjustmentWords::describe(m_document->plan(), adjustment));
        if (chosen->adjustments.isEmpty())
            m_adjustments->addItem(m_document->plan().scenarios.first().id == chosen->id
                                       ? tr("None: the baseline is the plan as written.")
                                       : tr("None yet: it does what it is based on."));
    }
    m_adjustments->setCurrentRow(qMin(row, int(chosen ? chosen->adjustments.size() : 0) - 1));
    updateButtons();
}

void ScenarioPanel::commitNotes()
{
    m_notesTimer->stop();
    const Plan &plan = m_document->plan();
    const qsizetype index = plan.scenarioIndex(m_notesFor);
    if (index >= 0 && plan.scenarios.at(index).notes != m_notes->toPlainText())
        apply(ScenarioEdits::setNotes(plan, m_notesFor, m_notes->toPlainText()));
}

void ScenarioPanel::updateButtons()
{
    const Scenario *chosen = scenario();
    const bool baseline = !chosen || chosen == &m_document->plan().scenarios.first();
    const int count = chosen ? int(chosen->adjustments.size()) : 0;
    const int row = m_adjustments->currentRow();
    m_delete->setEnabled(!baseline);
    m_remove->setEnabled(row >= 0 && row < count);
    m_edit->setEnabled(row >= 0 && row < count);
    m_up->setEnabled(row > 0 && row < count);
    m_down->setEnabled(row >= 0 && row + 1 < count);
}

void ScenarioPanel::editAdjustment()
{
    const Scenario *chosen = scenario();
    const int row = m_adjustments->currentRow();
    if (!chosen || row < 0 || row >= chosen->adjustments.size())
        return;
    const QString id = chosen->id;
    auto *dialog = new AdjustmentDialog(
        m_document->plan(), chosen->adjustments.at(row),
        [this, id, row](const Adjustment &a) {
            return ScenarioEdits::replaceAdjustment(m_document->plan(), id, row, a).problem;
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id, row] {
        if (apply(ScenarioEdits::replaceAdjustment(m_document->plan(), id, row,
                                                   dialog->adjustment())))
            m_adjustments->setCurrentRow(row);
    });
    dialog->open();
}

void ScenarioPanel::deriveScenario()
{
    const Scenario *from = scenario();
    if (!from)
        return;
    if (!apply(ScenarioEdits::derive(m_document->plan(), m_current,
                                     tr("%1, what if").arg(from->name))))
        return;
    setCurrentScenario(m_document->plan().scenarios.last().id);
    m_list->setFocus();
    m_list->edit(m_list->currentIndex()); // the name is there to type over
}

void ScenarioPanel::deleteScenario()
{
    const Scenario *chosen = scenario();
    if (!chosen)
        return;
    const Plan &plan = m_document->plan();
    QStringList dependents;
    for (const QString &id : ScenarioEdits::dependentsOf(plan, chosen->id))
        dependents << plan.scenarios.at(plan.scenarioIndex(id)).name;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete scenario"),
                                tr("Delete the scenario %1?").arg(chosen->name),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("deleteScenarioBox"));
    box->setInformativeText(
        (dependents.isEmpty() ? QString()
                              : tr("%1 %2 based on it and will keep its adjustments as their own. ")
                                    .arg(dependents.join(QStringLiteral(", ")),
                                         dependents.size() == 1 ? tr("is") : tr("are"))) +
        tr("Undo brings it back."));
    box->button(QMessageBox::Yes)->setText(tr("&Delete"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::accepted, this,
            [this, id = chosen->id] { apply(ScenarioEdits::remove(m_document->plan(), id)); });
    box->open();
}

} // namespace lps

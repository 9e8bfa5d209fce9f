#include "ui/requests/FindingsPanel.h"

#include "core/register/ProcessingService.h"

#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace habeas {

namespace {

enum Column { Name, Held, Action };

// The combo's entries for "data held": not checked yet, yes, no.
std::optional<bool> heldOf(const QComboBox *box)
{
    const QVariant value = box->currentData();
    return value.isNull() ? std::nullopt : std::optional<bool>(value.toBool());
}

} // namespace

FindingsPanel::FindingsPanel(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(tr("The processings of the register where the requester's data may be, and what was found "
                               "in each. Saved with the request."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("findings"));
    m_table->setAccessibleName(tr("Processings concerned"));
    m_table->setHorizontalHeaderLabels({tr("Processing"), tr("Data held"), tr("What was done")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Interactive);
    // The combos fill their column, which is as wide as its header.
    m_table->horizontalHeader()->setSectionResizeMode(Held, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    layout->addWidget(m_table, 1);

    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("Add from the &register:"), this);
    m_register = new QComboBox(this);
    m_register->setEditable(true);
    m_register->setInsertPolicy(QComboBox::NoInsert);
    m_register->setAccessibleName(tr("Processing of the register to add"));
    m_register->completer()->setFilterMode(Qt::MatchContains);
    m_register->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_register->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_register->setMinimumContentsLength(20);
    label->setBuddy(m_register);
    m_add = new QPushButton(tr("Add"), this);
    m_remove = new QPushButton(tr("Remove the processing"), this);
    row->addWidget(label);
    row->addWidget(m_register, 1);
    row->addWidget(m_add);
    row->addSpacing(12);
    row->addWidget(m_remove);
    layout->addLayout(row);

    connect(m_add, &QPushButton::clicked, this, [this] {
        const int index = m_register->findText(m_register->currentText());
        if (index >= 0 && add(m_register->itemData(index).toLongLong()))
            m_register->setCurrentIndex(-1);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int current = m_table->currentRow();
        if (current < 0 || m_readOnly)
            return;
        m_table->removeRow(current);
        updateButtons();
        Q_EMIT changed();
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this] { Q_EMIT changed(); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &FindingsPanel::updateButtons);
    connect(m_register, &QComboBox::currentTextChanged, this, &FindingsPanel::updateButtons);
    updateButtons();
}

void FindingsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_registerRead) {
        readRegister();
        updateButtons();
    }
}

void FindingsPanel::reloadRegister()
{
    m_registerRead = false;
    if (isVisible()) {
        readRegister();
        updateButtons();
    }
}

void FindingsPanel::clearRegister()
{
    m_registerRead = false;
    m_register->clear();
    m_register->setPlaceholderText(QString());
    updateButtons();
}

void FindingsPanel::readRegister()
{
    m_register->clear();
    auto processings = ProcessingService(m_session).list();
    if (!processings) {
        // Tried again when the panel is next shown.
        m_register->setPlaceholderText(processings.error().message);
        return;
    }
    m_registerRead = true;
    m_register->setPlaceholderText(QString());
    for (const ProcessingSummary &processing : *processings) {
        m_register->addItem(processing.controller.isEmpty()
                                ? processing.name
                                : tr("%1 — %2").arg(processing.name, processing.controller),
                            processing.id);
    }
    m_register->setCurrentIndex(-1);
}

void FindingsPanel::setFindings(const std::vector<Finding> &findings)
{
    const QSignalBlocker quiet(m_table);
    m_table->setRowCount(0);
    for (const Finding &finding : findings)
        addRow(finding);
    m_table->resizeColumnToContents(Name);
    updateButtons();
}

void FindingsPanel::addRow(const Finding &finding)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *name = new QTableWidgetItem(finding.processingName);
    name->setData(Qt::UserRole, finding.processingId);
    name->setFlags(name->flags() & ~Qt::ItemIsEditable);
    m_table->setItem(row, Name, name);
    auto *held = new QComboBox(m_table);
    held->setAccessibleName(tr("Data held in %1").arg(finding.processingName));
    held->addItem(tr("Not checked yet"), QVariant());
    held->addItem(tr("Yes"), true);
    held->addItem(tr("No"), false);
    held->setCurrentIndex(!finding.dataHeld ? 0 : *finding.dataHeld ? 1 : 2);
    held->setEnabled(!m_readOnly);
    connect(held, &QComboBox::currentIndexChanged, this, [this] { Q_EMIT changed(); });
    m_table->setCellWidget(row, Held, held);
    auto *action = new QTableWidgetItem(finding.action);
    action->setToolTip(tr("What was done: data sent, rectified, erased, limited…"));
    if (m_readOnly)
        action->setFlags(action->flags() & ~Qt::ItemIsEditable);
    m_table->setItem(row, Action, action);
}

bool FindingsPanel::add(qint64 processingId)
{
    if (m_readOnly)
        return false;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, Name)->data(Qt::UserRole).toLongLong() == processingId) {
            m_table->selectRow(row);
            return false;
        }
    }
    auto processing = ProcessingService(m_session).find(processingId);
    if (!processing)
        return false;
    {
        const QSignalBlocker quiet(m_table);
        addRow({processingId, processing->name, std::nullopt, QString()});
    }
    m_table->resizeColumnToContents(Name);
    m_table->selectRow(m_table->rowCount() - 1);
    updateButtons();
    Q_EMIT changed();
    return true;
}

void FindingsPanel::commitPendingEdit()
{
    // A cell being typed in is committed when its editor loses the focus.
    QWidget *focus = QApplication::focusWidget();
    if (focus && focus != m_table && m_table->viewport()->isAncestorOf(focus)
        && !qobject_cast<QComboBox *>(focus))
        m_table->setFocus(Qt::OtherFocusReason);
}

std::vector<Finding> FindingsPanel::findings() const
{
    std::vector<Finding> found;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        Finding finding;
        finding.processingId = m_table->item(row, Name)->data(Qt::UserRole).toLongLong();
        finding.processingName = m_table->item(row, Name)->text();
        finding.dataHeld = heldOf(qobject_cast<QComboBox *>(m_table->cellWidget(row, Held)));
        finding.action = m_table->item(row, Action)->text();
        found.push_back(std::move(finding));
    }
    return found;
}

void FindingsPanel::setReadOnly(bool readOnly)
{
    if (m_readOnly == readOnly)
        return;
    commitPendingEdit();
    m_readOnly = readOnly;
    // The rows are made again with the new flags.
    setFindings(findings());
}

void FindingsPanel::updateButtons()
{
    m_register->setEnabled(!m_readOnly);
    m_add->setEnabled(!m_readOnly && m_register->findText(m_register->currentText()) >= 0);
    m_remove->setEnabled(!m_readOnly && m_table->currentRow() >= 0);
}

} // namespace habeas

#include "ui/requests/NewRequestWizard.h"

#include "core/accounts/Session.h"
#include "core/register/ProcessingService.h"
#include "ui/common/FileDialog.h"
#include "ui/common/MessageBox.h"
#include "ui/requests/PersonForms.h"
#include "ui/requests/RequestLabels.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace habeas {

namespace {

QLineEdit *lineEdit(QWidget *parent, const QString &accessibleName)
{
    auto *edit = new QLineEdit(parent);
    edit->setAccessibleName(accessibleName);
    return edit;
}

// A form on `page` (or to be added to another layout, without one).
QFormLayout *form(QWidget *page)
{
    auto *layout = page ? new QFormLayout(page) : new QFormLayout;
    layout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    layout->setRowWrapPolicy(QFormLayout::WrapLongRows);
    return layout;
}

class IntakePage final : public QWizardPage {
public:
    explicit IntakePage(Session &session)
    {
        setTitle(NewRequestWizard::tr("Intake"));
        setSubTitle(NewRequestWizard::tr("How the request arrived, when, and what it asks."));
        auto *layout = form(this);
        m_channel = new QComboBox(this);
        m_channel->setAccessibleName(NewRequestWizard::tr("Channel"));
        for (Channel channel : {Channel::Post, Channel::Email, Channel::OnlineForm, Channel::OnSite, Channel::Other})
            m_channel->addItem(RequestLabels::channel(channel), int(channel));
        layout->addRow(NewRequestWizard::tr("C&hannel:"), m_channel);
        m_received = new QDateEdit(session.clock()->today(), this);
        m_received->setAccessibleName(NewRequestWizard::tr("Date of receipt"));
        m_received->setCalendarPopup(true);
        m_received->setMaximumDate(session.clock()->today());
        m_received->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        layout->addRow(NewRequestWizard::tr("&Received on:"), m_received);
        auto *hint = new QLabel(NewRequestWizard::tr("Post is often opened days later: the deadline runs from the day "
                                                     "the request reached the office."),
                                this);
        hint->setWordWrap(true);
        layout->addRow(QString(), hint);
        auto *rights = new QWidget(this);
        auto *list = new QVBoxLayout(rights);
        list->setContentsMargins(0, 0, 0, 0);
        auto listed = RequestService(session).rights();
        const RequestLabels labels(listed ? *listed : std::vector<Right>{});
        for (const Right &right : labels.all()) {
            auto *box = new QCheckBox(labels.right(right.key), rights);
            list->addWidget(box);
            m_rights.emplace_back(right.key, box);
            connect(box, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
        }
        layout->addRow(NewRequestWizard::tr("Rights:"), rights);
        m_words = new QPlainTextEdit(this);
        m_words->setAccessibleName(NewRequestWizard::tr("The request in the requester's words"));
        m_words->setTabChangesFocus(true);
        layout->addRow(NewRequestWizard::tr("The request, in the requester's &words:"), m_words);
    }

    bool isComplete() const override
    {
        return std::any_of(m_rights.begin(), m_rights.end(), [](const auto &right) { return right.second->isChecked(); });
    }

    void fill(NewRequest &request) const
    {
        request.channel = Channel(m_channel->currentData().toInt());
        request.received = m_received->date();
        for (const auto &[key, box] : m_rights) {
            if (box->isChecked())
                request.rights << key;
        }
        request.notes = m_words->toPlainText();
    }

private:
    QComboBox *m_channel = nullptr;
    QDateEdit *m_received = nullptr;
    std::vector<std::pair<QString, QCheckBox *>> m_rights;
    QPlainTextEdit *m_words = nullptr;
};

class RequesterPage final : public QWizardPage {
public:
    RequesterPage()
    {
        setTitle(NewRequestWizard::tr("Requester"));
        setSubTitle(NewRequestWizard::tr("Who asks, and how to reach them. The surname is needed."));
        auto *layout = new QVBoxLayout(this);
        m_form = new RequesterForm(this);
        layout->addWidget(m_form);
        registerField(QStringLiteral("surname*"), m_form->surname());
        auto *language = form(nullptr);
        m_language = new QComboBox(this);
        m_language->setAccessibleName(NewRequestWizard::tr("Language of correspondence"));
        m_language->addItem(NewRequestWizard::tr("French"), QStringLiteral("fr"));
        m_language->addItem(NewRequestWizard::tr("English"), QStringLiteral("en"));
        language->addRow(NewRequestWizard::tr("&Letters in:"), m_language);
        layout->addLayout(language);
        layout->addStretch(1);
    }

    void fill(NewRequest &request) const
    {
        request.requester = m_form->requester();
        request.language = m_language->currentData().toString();
    }

private:
    RequesterForm *m_form = nullptr;
    QComboBox *m_language = nullptr;
};

class AgentPage final : public QWizardPage {
public:
    explicit AgentPage(Session &session)
    {
        setTitle(NewRequestWizard::tr("Agent"));
        setSubTitle(NewRequestWizard::tr("Only when someone acts for the requester."));
        auto *layout = new QVBoxLayout(this);
        auto *mandate = new QLabel(NewRequestWizard::tr("The mandate states who is represented, by whom, for what and "
                                                        "for how long, and whether the agent may receive the reply "
                                                        "(Sovereign Ordinance 11.327, art. 1)."),
                                   this);
        mandate->setWordWrap(true);
        layout->addWidget(mandate);
        m_present = new QCheckBox(NewRequestWizard::tr("An agent acts for the &requester"), this);
        layout->addWidget(m_present);
        m_form = new AgentForm(session.clock()->today(), this);
        layout->addWidget(m_form);
        layout->addStretch(1);
        connect(m_present, &QCheckBox::toggled, this, [this](bool present) {
            m_form->setEnabled(present);
            Q_EMIT completeChanged();
        });
        connect(m_form, &AgentForm::changed, this, &QWizardPage::completeChanged);
        m_form->setEnabled(false);
    }

    bool isComplete() const override
    {
        const Agent agent = m_form->agent();
        return !m_present->isChecked() || (agent.present() && !agent.mandateObject.trimmed().isEmpty());
    }

    void fill(NewRequest &request) const
    {
        if (m_present->isChecked())
            request.agent = m_form->agent();
    }

private:
    QCheckBox *m_present = nullptr;
    AgentForm *m_form = nullptr;
};

class IdentityPage final : public QWizardPage {
public:
    IdentityPage()
    {
        setTitle(NewRequestWizard::tr("Identity"));
        setSubTitle(NewRequestWizard::tr("A copy of an identity document, kept encrypted and destroyed when the "
                                         "request ends."));
        auto *layout = new QVBoxLayout(this);
        m_letter = new QRadioButton(NewRequestWizard::tr("Ask for a copy by &letter"), this);
        m_capture = new QRadioButton(NewRequestWizard::tr("&Capture the copy now, from a scan"), this);
        m_known = new QRadioButton(NewRequestWizard::tr("&Not needed: identified otherwise"), this);
        m_letter->setChecked(true);
        auto *choice = new QButtonGroup(this);
        for (QRadioButton *button : {m_letter, m_capture, m_known})
            choice->addButton(button);
        layout->addWidget(m_letter);
        layout->addWidget(m_capture);
        auto *file = new QHBoxLayout;
        m_choose = new QPushButton(NewRequestWizard::tr("C&hoose the scan…"), this);
        m_file = new QLabel(this);
        m_file->setWordWrap(true);
        m_file->setTextFormat(Qt::PlainText);
        file->addSpacing(24);
        file->addWidget(m_choose);
        file->addWidget(m_file, 1);
        layout->addLayout(file);
        auto *kind = new QFormLayout;
        kind->setContentsMargins(24, 0, 0, 0);
        m_kind = lineEdit(this, NewRequestWizard::tr("Kind of document"));
        m_kind->setPlaceholderText(NewRequestWizard::tr("identity card, passport, residence permit…"));
        kind->addRow(NewRequestWizard::tr("&Kind of document:"), m_kind);
        layout->addLayout(kind);
        m_delete = new QCheckBox(NewRequestWizard::tr("&Delete the scanned file once the copy is saved"), this);
        m_delete->setChecked(true);
        auto *deleteRow = new QHBoxLayout;
        deleteRow->addSpacing(24);
        deleteRow->addWidget(m_delete, 1);
        layout->addLayout(deleteRow);
        m_warning = new QLabel(NewRequestWizard::tr("A deleted file may still be read from the disk's blocks, above "
                                                    "all on an SSD, and a shared folder keeps copies: scan into a "
                                                    "folder of your own on this computer, never a shared one."),
                               this);
        m_warning->setWordWrap(true);
        m_warning->setContentsMargins(24, 0, 0, 0);
        layout->addWidget(m_warning);
        layout->addWidget(m_known);
        auto *how = new QFormLayout;
        how->setContentsMargins(24, 0, 0, 0);
        m_how = lineEdit(this, NewRequestWizard::tr("How the requester was identified"));
        how->addRow(NewRequestWizard::tr("&How:"), m_how);
        layout->addLayout(how);
        layout->addStretch(1);
        connect(m_choose, &QPushButton::clicked, this, [this] {
            const QString path = FileDialog::openFile(
                this, NewRequestWizard::tr("Scan of the identity document"), QDir::homePath(),
                NewRequestWizard::tr("Images and PDF (*.jpg *.jpeg *.png *.tif *.tiff *.bmp *.pdf)"));
            if (path.isEmpty())
                return;
            m_path = path;
            m_file->setText(QDir::toNativeSeparators(path));
            m_capture->setChecked(true);
            Q_EMIT completeChanged();
        });
        const auto update = [this] {
            const bool capture = m_capture->isChecked();
            for (QWidget *field : std::initializer_list<QWidget *>{m_choose, m_file, m_kind, m_delete, m_warning})
                field->setEnabled(capture);
            m_how->setEnabled(m_known->isChecked());
            Q_EMIT completeChanged();
        };
        for (QRadioButton *button : {m_letter, m_capture, m_known})
            connect(button, &QRadioButton::toggled, this, update);
        connect(m_kind, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
        connect(m_how, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
        update();
    }

    bool isComplete() const override
    {
        if (m_capture->isChecked())
            return !m_path.isEmpty() && !m_kind->text().trimmed().isEmpty();
        if (m_known->isChecked())
            return !m_how->text().trimmed().isEmpty();
        return true;
    }

    void fill(Intake &intake) const
    {
        intake.identity = m_capture->isChecked() ? IdentityPlan::CaptureNow
                          : m_known->isChecked() ? IdentityPlan::NotNeeded
                                                 : IdentityPlan::AskedByLetter;
        intake.documentKind = m_kind->text().trimmed();
        intake.identifiedHow = m_how->text().trimmed();
    }
    QString path() const { return m_capture->isChecked() ? m_path : QString(); }
    bool deleteAfter() const { return m_capture->isChecked() && m_delete->isChecked(); }
    QString planText() const
    {
        if (m_capture->isChecked())
            return NewRequestWizard::tr("a copy (%1) captured now from %2").arg(m_kind->text().trimmed(), QFileInfo(m_path).fileName());
        if (m_known->isChecked())
            return NewRequestWizard::tr("not needed: %1").arg(m_how->text().trimmed());
        return NewRequestWizard::tr("a copy to be asked for by letter");
    }

private:
    QRadioButton *m_letter = nullptr;
    QRadioButton *m_capture = nullptr;
    QRadioButton *m_known = nullptr;
    QPushButton *m_choose = nullptr;
    QLabel *m_file = nullptr;
    QLineEdit *m_kind = nullptr;
    QCheckBox *m_delete = nullptr;
    QLabel *m_warning = nullptr;
    QLineEdit *m_how = nullptr;
    QString m_path;
};

class ProcessingsPage final : public QWizardPage {
public:
    explicit ProcessingsPage(Session &session)
    {
        setTitle(NewRequestWizard::tr("Processings concerned"));
        setSubTitle(NewRequestWizard::tr("The processings of the register where the requester's data may be; "
                                         "more can be added later."));
        auto *layout = new QVBoxLayout(this);
        m_filter = new QLineEdit(this);
        m_filter->setAccessibleName(NewRequestWizard::tr("Find a processing"));
        m_filter->setPlaceholderText(NewRequestWizard::tr("Name or controller"));
        m_filter->setClearButtonEnabled(true);
        layout->addWidget(m_filter);
        m_list = new QListWidget(this);
        m_list->setAccessibleName(NewRequestWizard::tr("Processings"));
        layout->addWidget(m_list, 1);
        auto processings = ProcessingService(session).list();
        if (processings) {
            for (const ProcessingSummary &processing : *processings) {
                auto *item = new QListWidgetItem(NewRequestWizard::tr("%1 — %2").arg(processing.name, processing.controller), m_list);
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(Qt::Unchecked);
                item->setData(Qt::UserRole, processing.id);
            }
        } else {
            auto *item = new QListWidgetItem(processings.error().message, m_list);
            item->setFlags(Qt::NoItemFlags);
        }
        connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
            const QString key = searchKey(text);
            for (int row = 0; row < m_list->count(); ++row)
                m_list->item(row)->setHidden(!searchKey(m_list->item(row)->text()).contains(key));
        });
    }

    std::vector<qint64> chosen() const
    {
        std::vector<qint64> ids;
        for (int row = 0; row < m_list->count(); ++row) {
            if (m_list->item(row)->checkState() == Qt::Checked)
                ids.push_back(m_list->item(row)->data(Qt::UserRole).toLongLong());
        }
        return ids;
    }

private:
    QLineEdit *m_filter = nullptr;
    QListWidget *m_list = nullptr;
};

class SummaryPage final : public QWizardPage {
public:
    explicit SummaryPage(Session &session) : m_session(session)
    {
        setTitle(NewRequestWizard::tr("Summary"));
        setSubTitle(NewRequestWizard::tr("Check before saving: Finish records the request and opens it."));
        auto *layout = new QVBoxLayout(this);
        m_text = new QLabel(this);
        m_text->setObjectName(QStringLiteral("wizardSummary"));
        m_text->setWordWrap(true);
        m_text->setTextFormat(Qt::PlainText);
        m_text->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
        layout->addWidget(m_text);
        layout->addStretch(1);
    }

    void initializePage() override
    {
        auto *wizard = qobject_cast<NewRequestWizard *>(this->wizard());
        const Intake intake = wizard->gathered();
        const NewRequest &request = intake.request;
        auto listed = RequestService(m_session).rights();
        const RequestLabels labels(listed ? *listed : std::vector<Right>{});
        QStringList lines;
        lines << NewRequestWizard::tr("Received on %1 (%2).")
                     .arg(QLocale().toString(request.received, QLocale::LongFormat), RequestLabels::channel(request.channel));
        lines << NewRequestWizard::tr("Rights: %1.").arg(labels.rights(request.rights.join(u',')));
        lines << NewRequestWizard::tr("Requester: %1 %2 %3.")
                     .arg(request.requester.civility, request.requester.firstName, request.requester.surname)
                     .simplified();
        if (request.agent.present())
            lines << NewRequestWizard::tr("Agent: %1, for %2.").arg(request.agent.name, request.agent.mandateObject);
        lines << NewRequestWizard::tr("Identity: %1.").arg(static_cast<IdentityPage *>(wizard->page(NewRequestWizard::IdentityId))->planText());
        lines << NewRequestWizard::tr("Processings concerned: %n.", nullptr, int(intake.processings.size()));
        const DeadlineComputation due = RequestService(m_session).deadlines().due(request.received);
        lines << QString();
        lines << NewRequestWizard::tr("Reply due %1: %2.").arg(QLocale().toString(due.due, QLocale::LongFormat), due.explanation());
        m_text->setText(lines.join(u'\n'));
    }

private:
    Session &m_session;
    QLabel *m_text = nullptr;
};

} // namespace

NewRequestWizard::NewRequestWizard(Session &session, QWidget *parent) : QWizard(parent), m_session(session)
{
    setWindowTitle(tr("New request"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(IntakeId, new IntakePage(session));
    setPage(RequesterId, new RequesterPage);
    setPage(AgentId, new AgentPage(session));
    setPage(IdentityId, new IdentityPage);
    setPage(ProcessingsId, new ProcessingsPage(session));
    setPage(SummaryId, new SummaryPage(session));
    resize(640, 560);
}

Intake NewRequestWizard::gathered() const
{
    Intake intake;
    static_cast<IntakePage *>(page(IntakeId))->fill(intake.request);
    static_cast<RequesterPage *>(page(RequesterId))->fill(intake.request);
    static_cast<AgentPage *>(page(AgentId))->fill(intake.request);
    static_cast<IdentityPage *>(page(IdentityId))->fill(intake);
    intake.processings = static_cast<ProcessingsPage *>(page(ProcessingsId))->chosen();
    return intake;
}

QString NewRequestWizard::sourceFile() const
{
    return static_cast<IdentityPage *>(page(IdentityId))->path();
}

bool NewRequestWizard::deleteSourceFile() const
{
    return static_cast<IdentityPage *>(page(IdentityId))->deleteAfter();
}

void NewRequestWizard::accept()
{
    Intake intake = gathered();
    const QString source = sourceFile();
    if (intake.identity == IdentityPlan::CaptureNow) {
        QFile file(source);
        if (!file.open(QIODevice::ReadOnly)) {
            MessageBox::critical(this, windowTitle(), tr("The scan %1 cannot be read: %2")
                                                          .arg(QDir::toNativeSeparators(source), file.errorString()));
            return;
        }
        intake.scan = file.readAll();
    }
    auto saved = RequestService(m_session).intake(std::move(intake));
    if (!saved) {
        MessageBox::critical(this, windowTitle(), saved.error().message);
        return;
    }
    m_created = saved->id;
    if (!source.isEmpty() && deleteSourceFile() && !QFile::remove(source))
        MessageBox::warning(this, windowTitle(),
                            tr("The request %1 is saved, but the scan %2 could not be deleted: delete it yourself.")
                                .arg(saved->reference, QDir::toNativeSeparators(source)));
    QWizard::accept();
}

} // namespace habeas

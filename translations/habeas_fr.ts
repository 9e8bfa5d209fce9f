<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AccountGrants</name>
    <message>
        <source>No administrator has signed the rights of the account &quot;%1&quot;: the vault has been edited outside Habeas. Ask the DPO to verify the audit log.</source>
        <translation>Aucun administrateur n&apos;a signé les droits du compte « %1 » : le coffre-fort a été modifié hors d&apos;Habeas. Demandez au DPO de vérifier le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>The rights of the account &quot;%1&quot; are not those an administrator signed: the vault has been edited outside Habeas. Ask the DPO to verify the audit log.</source>
        <translation>Les droits du compte « %1 » ne sont pas ceux qu&apos;un administrateur a signés : le coffre-fort a été modifié hors d&apos;Habeas. Demandez au DPO de vérifier le journal d&apos;audit.</translation>
    </message>
</context>
<context>
    <name>AccountRepair</name>
    <message>
        <source>The account cannot be repaired.</source>
        <translation>Le compte ne peut pas être réparé.</translation>
    </message>
</context>
<context>
    <name>AccountRepository</name>
    <message>
        <source>The accounts cannot be read.</source>
        <translation>Les comptes ne peuvent pas être lus.</translation>
    </message>
    <message>
        <source>The account cannot be updated.</source>
        <translation>Le compte ne peut pas être mis à jour.</translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot;.</source>
        <translation>Il n&apos;existe aucun compte « %1 ».</translation>
    </message>
    <message>
        <source>An account &quot;%1&quot; already exists.</source>
        <translation>Un compte « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>The account cannot be recorded.</source>
        <translation>Le compte ne peut pas être enregistré.</translation>
    </message>
</context>
<context>
    <name>AccountService</name>
    <message>
        <source>Enter a login and the person&apos;s full name.</source>
        <translation>Saisissez un identifiant et le nom complet de la personne.</translation>
    </message>
    <message>
        <source>A login has no spaces and at most 64 characters.</source>
        <translation>Un identifiant ne contient pas d&apos;espace et comporte au plus 64 caractères.</translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot;.</source>
        <translation>Il n&apos;existe aucun compte « %1 ».</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>Vous ne pouvez pas désactiver votre propre compte.</translation>
    </message>
    <message>
        <source>The last enabled administrator cannot be disabled: nobody could manage accounts.</source>
        <translation>Le dernier administrateur actif ne peut pas être désactivé : plus personne ne pourrait gérer les comptes.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled.</source>
        <translation>Le compte « %1 » est désactivé.</translation>
    </message>
    <message>
        <source>The password of &quot;%1&quot; is reset.</source>
        <translation>Le mot de passe du compte « %1 » est réinitialisé.</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <source>Vault created</source>
        <translation>Coffre-fort créé</translation>
    </message>
    <message>
        <source>Vault checked</source>
        <translation>Coffre-fort vérifié</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation>Échec de connexion</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Déconnexion</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillage</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Déverrouillage</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Mot de passe modifié</translation>
    </message>
    <message>
        <source>Password change refused</source>
        <translation>Modification du mot de passe refusée</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>Compte créé</translation>
    </message>
    <message>
        <source>Account disabled</source>
        <translation>Compte désactivé</translation>
    </message>
    <message>
        <source>Account enabled</source>
        <translation>Compte réactivé</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Mot de passe réinitialisé</translation>
    </message>
    <message>
        <source>Action refused</source>
        <translation>Action refusée</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Sauvegarde effectuée</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Paramètres modifiés</translation>
    </message>
    <message>
        <source>Audit chain verified</source>
        <translation>Chaîne d&apos;audit vérifiée</translation>
    </message>
    <message>
        <source>Audit head exported</source>
        <translation>Tête de chaîne exportée</translation>
    </message>
    <message>
        <source>Request recorded</source>
        <translation>Demande enregistrée</translation>
    </message>
    <message>
        <source>Request consulted</source>
        <translation>Demande consultée</translation>
    </message>
    <message>
        <source>Request state changed</source>
        <translation>Changement d’état de la demande</translation>
    </message>
    <message>
        <source>Request state change refused</source>
        <translation>Changement d’état de la demande refusé</translation>
    </message>
    <message>
        <source>Deadline extended</source>
        <translation>Délai prolongé</translation>
    </message>
    <message>
        <source>Findings recorded</source>
        <translation>Constats enregistrés</translation>
    </message>
    <message>
        <source>Legal article of a right changed</source>
        <translation>Article de loi d’un droit modifié</translation>
    </message>
    <message>
        <source>Identity document captured</source>
        <translation>Pièce d’identité enregistrée</translation>
    </message>
    <message>
        <source>Identity document viewed</source>
        <translation>Pièce d’identité consultée</translation>
    </message>
    <message>
        <source>Identity verified</source>
        <translation>Identité vérifiée</translation>
    </message>
    <message>
        <source>Identity document destroyed</source>
        <translation>Pièce d’identité détruite</translation>
    </message>
    <message>
        <source>Processing added to the register</source>
        <translation>Traitement ajouté au registre</translation>
    </message>
    <message>
        <source>Processing updated</source>
        <translation>Traitement modifié</translation>
    </message>
    <message>
        <source>Deliberation recorded</source>
        <translation>Délibération enregistrée</translation>
    </message>
    <message>
        <source>Condition followed up</source>
        <translation>Suivi d’une condition</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Deliberation</source>
        <translation>Délibération</translation>
    </message>
    <message>
        <source>Deliberations</source>
        <translation>Délibérations</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Droit</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Droits</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Coffre-fort</translation>
    </message>
    <message>
        <source>Journal write-back deferred</source>
        <translation>Réécriture du journal reportée</translation>
    </message>
    <message>
        <source>Vault key changed</source>
        <translation>Clé du coffre-fort changée</translation>
    </message>
    <message>
        <source>Vault key change deferred</source>
        <translation>Changement de la clé du coffre-fort reporté</translation>
    </message>
    <message>
        <source>Account repaired after an interrupted change</source>
        <translation>Compte réparé après une modification interrompue</translation>
    </message>
    <message>
        <source>Account rights and key signed by an administrator</source>
        <translation>Droits et clé du compte signés par un administrateur</translation>
    </message>
    <message>
        <source>Key protecting identity documents created</source>
        <translation>Clé protégeant les pièces d&apos;identité créée</translation>
    </message>
    <message>
        <source>Key protecting identity documents given to an account</source>
        <translation>Clé protégeant les pièces d&apos;identité remise à un compte</translation>
    </message>
    <message>
        <source>Request edited</source>
        <translation>Demande modifiée</translation>
    </message>
    <message>
        <source>Note added to a request</source>
        <translation>Note ajoutée à une demande</translation>
    </message>
    <message>
        <source>Ended request anonymised (retention period over)</source>
        <translation>Demande terminée anonymisée (durée de conservation écoulée)</translation>
    </message>
    <message>
        <source>Letter issued and archived</source>
        <translation>Lettre émise et archivée</translation>
    </message>
    <message>
        <source>Archived letter shown</source>
        <translation>Lettre archivée affichée</translation>
    </message>
    <message>
        <source>Letter sent to a printer</source>
        <translation>Lettre envoyée à une imprimante</translation>
    </message>
    <message>
        <source>Letter exported as an encrypted PDF</source>
        <translation>Lettre exportée en PDF chiffré</translation>
    </message>
    <message>
        <source>New version of a letter template saved</source>
        <translation>Nouvelle version d&apos;un modèle de lettre enregistrée</translation>
    </message>
    <message>
        <source>Deliberation linked to a processing of the register</source>
        <translation>Délibération liée à un traitement du registre</translation>
    </message>
    <message>
        <source>Register or one of its entries exported as an encrypted PDF</source>
        <translation>Registre ou l&apos;une de ses fiches exporté en PDF chiffré</translation>
    </message>
    <message>
        <source>Inspection file for the authority exported as an encrypted PDF</source>
        <translation>Dossier d&apos;inspection pour l&apos;autorité exporté en PDF chiffré</translation>
    </message>
    <message>
        <source>Deliberation&apos;s text replaced by a new version, its conditions kept</source>
        <translation>Texte de la délibération remplacé par une nouvelle version, avec conservation de ses conditions</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>The audit log cannot be read.</source>
        <translation>Le journal d&apos;audit ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The action could not be recorded in the audit log.</source>
        <translation>L&apos;action n&apos;a pas pu être enregistrée dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>The audit log head cannot be written to %1.</source>
        <translation>La tête de chaîne du journal d&apos;audit ne peut pas être écrite dans %1.</translation>
    </message>
    <message>
        <source>The audit log head %1 cannot be read.</source>
        <translation>Le fichier de tête de chaîne du journal d&apos;audit %1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>%1 is not an audit log head exported by Habeas.</source>
        <translation>%1 n&apos;est pas une tête de chaîne du journal d&apos;audit exportée par Habeas.</translation>
    </message>
    <message>
        <source>The protection of the audit log has been removed or altered: the vault has been tampered with. Restore it from a backup and report it to the DPO.</source>
        <translation>La protection du journal d&apos;audit a été supprimée ou modifiée : le coffre-fort a été altéré. Restaurez-le à partir d&apos;une sauvegarde et signalez-le au DPO.</translation>
    </message>
    <message>
        <source>The rights of the account &quot;%1&quot; are not signed by an administrator: the vault has been edited outside Habeas. Ask the DPO to verify the audit log.</source>
        <translation>Les droits du compte « %1 » ne sont pas signés par un administrateur : le coffre-fort a été modifié hors d&apos;Habeas. Demandez au DPO de vérifier le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>No administrator has signed the rights of the account &quot;%1&quot;.</source>
        <translation>Aucun administrateur n&apos;a signé les droits du compte « %1 ».</translation>
    </message>
    <message>
        <source>The audit log cannot be verified without the vault&apos;s key file.</source>
        <translation>Le journal d&apos;audit ne peut pas être vérifié sans le fichier de clés du coffre-fort.</translation>
    </message>
    <message>
        <source>An entry of the audit log is not signed by the account it names: the vault has been edited outside Habeas. Ask the DPO to verify the audit log.</source>
        <translation>Une entrée du journal d&apos;audit n&apos;est pas signée par le compte qu&apos;elle nomme : le coffre-fort a été modifié hors d&apos;Habeas. Demandez au DPO de vérifier le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>The audit log cannot be verified.</source>
        <translation>Le journal d&apos;audit ne peut pas être vérifié.</translation>
    </message>
    <message>
        <source>The audit log has been altered at entry %1: the vault has been edited outside Habeas. Restore it from a backup and report it to the DPO (&quot;habeas-cli check&quot; names the entry).</source>
        <translation>Le journal d&apos;audit a été modifié à l&apos;entrée %1 : le coffre-fort a été modifié en dehors d&apos;Habeas. Restaurez-le à partir d&apos;une sauvegarde et signalez-le au DPO (« habeas-cli check » indique l&apos;entrée).</translation>
    </message>
</context>
<context>
    <name>CaseKeys</name>
    <message>
        <source>Your account does not hold the key that protects identity documents yet. A colleague (clerk or DPO) who holds it gives it to you when they next sign in.</source>
        <translation>Votre compte ne détient pas encore la clé qui protège les pièces d&apos;identité. Un collègue (agent ou DPO) qui la détient vous la remettra à sa prochaine connexion.</translation>
    </message>
    <message>
        <source>The key that protects identity documents is not the one recorded in the audit log: the key file has been edited outside Habeas. Ask the DPO to verify the audit log.</source>
        <translation>La clé qui protège les pièces d&apos;identité n&apos;est pas celle que consigne le journal d&apos;audit : le fichier de clés a été modifié hors d&apos;Habeas. Demandez au DPO de vérifier le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>The identity document cannot be encrypted.</source>
        <translation>La pièce d&apos;identité ne peut pas être chiffrée.</translation>
    </message>
    <message>
        <source>This copy of the identity document cannot be decrypted: it was damaged or moved. Ask the requester for a new copy.</source>
        <translation>Cette copie de la pièce d&apos;identité ne peut pas être déchiffrée : elle a été endommagée ou déplacée. Demandez une nouvelle copie au demandeur.</translation>
    </message>
</context>
<context>
    <name>CaseRetention</name>
    <message>
        <source>Ended requests are kept between %1 and %2 years.</source>
        <translation>Les demandes terminées sont conservées entre %1 et %2 ans.</translation>
    </message>
    <message>
        <source>The retention period could not be saved.</source>
        <translation>La durée de conservation n&apos;a pas pu être enregistrée.</translation>
    </message>
    <message>
        <source>The requests could not be anonymised; none was.</source>
        <translation>Les demandes n&apos;ont pas pu être anonymisées ; aucune ne l&apos;a été.</translation>
    </message>
    <message>
        <source>A request chosen is not an ended request past its retention period any more; none was anonymised. Reload the list.</source>
        <translation>Une des demandes choisies n&apos;est plus une demande terminée dont la durée de conservation est écoulée ; aucune n&apos;a été anonymisée. Rechargez la liste.</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>No password on standard input.</source>
        <translation>Aucun mot de passe sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>No password given (use --password-stdin in scripts).</source>
        <translation>Aucun mot de passe fourni (utilisez --password-stdin dans les scripts).</translation>
    </message>
    <message>
        <source>The option --%1 is required.</source>
        <translation>L&apos;option --%1 est obligatoire.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Affiche cette aide.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Affiche la version.</translation>
    </message>
    <message>
        <source>Administrator login.</source>
        <translation>Identifiant de l&apos;administrateur.</translation>
    </message>
    <message>
        <source>Administrator&apos;s full name.</source>
        <translation>Nom complet de l&apos;administrateur.</translation>
    </message>
    <message>
        <source>Organisation name.</source>
        <translation>Nom de l&apos;organisme.</translation>
    </message>
    <message>
        <source>Account login.</source>
        <translation>Identifiant du compte.</translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation>Lit le mot de passe sur l&apos;entrée standard.</translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; takes %n argument(s).</source>
        <translation>
            <numerusform>La commande « %1 » attend %n argument.</numerusform>
            <numerusform>La commande « %1 » attend %n arguments.</numerusform>
        </translation>
    </message>
    <message>
        <source>format: Habeas vault, key file format %1, SQLCipher %2 file format, %3-byte pages</source>
        <translation>format : coffre-fort Habeas, format du fichier de clés %1, format de fichier SQLCipher %2, pages de %3 octets</translation>
    </message>
    <message>
        <source>schema version: %1</source>
        <translation>version du schéma : %1</translation>
    </message>
    <message>
        <source>key slots: %1</source>
        <translation>emplacements de clé : %1</translation>
    </message>
    <message>
        <source>database size: %1 bytes</source>
        <translation>taille de la base de données : %1 octets</translation>
    </message>
    <message>
        <source>encrypted: %1</source>
        <translation>base chiffrée : %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NON</translation>
    </message>
    <message>
        <source>in use: %1</source>
        <translation>en cours d&apos;utilisation : %1</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Nouveau mot de passe du compte %1 : </translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation>Saisissez de nouveau le mot de passe : </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe ne correspondent pas.</translation>
    </message>
    <message>
        <source>Created %1 with administrator %2.</source>
        <translation>Le coffre-fort %1 a été créé avec l&apos;administrateur %2.</translation>
    </message>
    <message>
        <source>Created the demo vault %1. Accounts (login / password):</source>
        <translation>Le coffre-fort de démonstration %1 a été créé. Comptes (identifiant / mot de passe) :</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Aucune commande indiquée.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Commande « %1 » inconnue.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mot de passe du compte %1 : </translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>Le coffre-fort %1 a été restauré à partir de %2.</translation>
    </message>
    <message>
        <source>cipher: SQLCipher %1 (active)</source>
        <translation>chiffrement : SQLCipher %1 (actif)</translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation>intégrité : %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>correcte</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problème</numerusform>
            <numerusform>%n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>pages: %1</source>
        <translation>pages : %1</translation>
    </message>
    <message>
        <source>Backup written to %1 and verified.</source>
        <translation>La sauvegarde a été écrite dans %1 et vérifiée.</translation>
    </message>
    <message>
        <source>Audit head exported earlier.</source>
        <translation>Tête de chaîne du journal d&apos;audit exportée précédemment.</translation>
    </message>
    <message>
        <source>File to write.</source>
        <translation>Fichier à écrire.</translation>
    </message>
    <message>
        <source>The password is refused: %1</source>
        <translation>Le mot de passe est refusé : %1</translation>
    </message>
    <message>
        <source>The password of %1 must be changed first: sign in to Habeas to change it.</source>
        <translation>Le mot de passe du compte %1 doit d&apos;abord être modifié : connectez-vous à Habeas pour le modifier.</translation>
    </message>
    <message numerus="yes">
        <source>audit log: %n entries, chain whole</source>
        <translation>
            <numerusform>journal d&apos;audit : %n entrée, chaîne intacte</numerusform>
            <numerusform>journal d&apos;audit : %n entrées, chaîne intacte</numerusform>
        </translation>
    </message>
    <message>
        <source>, matches the head at entry %1</source>
        <translation>, conforme à la tête de chaîne de l&apos;entrée %1</translation>
    </message>
    <message>
        <source>audit log: BROKEN at entry %1 (%2)</source>
        <translation>journal d&apos;audit : chaîne ROMPUE à l&apos;entrée %1 (%2)</translation>
    </message>
    <message>
        <source>audit head: entry %1, SHA-256 %2</source>
        <translation>tête de chaîne : entrée %1, SHA-256 %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date: write it as YYYY-MM-DD.</source>
        <translation>« %1 » n&apos;est pas une date : écrivez-la sous la forme AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>due: %1</source>
        <translation>échéance : %1</translation>
    </message>
    <message>
        <source>extended: %1</source>
        <translation>prolongation : %1</translation>
    </message>
    <message>
        <source>--fast-kdf is only for Habeas&apos;s own test suites.</source>
        <translation>--fast-kdf est réservé aux suites de tests de Habeas.</translation>
    </message>
    <message>
        <source>The replaced vault is kept as %1 (identity documents destroyed: %2).</source>
        <translation>Le coffre-fort remplacé est conservé sous %1 (pièces d&apos;identité détruites : %2).</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <source>; the head at entry %1 is that of the vault replaced when a backup was restored on %2</source>
        <translation> ; la tête à l&apos;entrée %1 est celle du coffre-fort remplacé lors de la restauration d&apos;une sauvegarde le %2</translation>
    </message>
    <message>
        <source> (explained by the log&apos;s restore entry, not verified: compare with the kept vault)</source>
        <translation> (expliqué par l&apos;entrée de restauration du journal, non vérifié : comparez avec le coffre-fort conservé)</translation>
    </message>
    <message>
        <source>Role of a new account.</source>
        <translation>Rôle d&apos;un nouveau compte.</translation>
    </message>
    <message>
        <source>Read the temporary password from standard input.</source>
        <translation>Lit le mot de passe temporaire sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Change the vault key with the reset.</source>
        <translation>Change aussi la clé du coffre-fort lors de la réinitialisation.</translation>
    </message>
    <message>
        <source>Unknown account command &apos;%1&apos;: use add, disable, enable or reset.</source>
        <translation>Commande de compte « %1 » inconnue : utilisez add, disable, enable ou reset.</translation>
    </message>
    <message>
        <source>Give the new account&apos;s role with --role clerk, dpo or administrator.</source>
        <translation>Indiquez le rôle du nouveau compte avec --role clerk, dpo ou administrator.</translation>
    </message>
    <message>
        <source>Changing the vault key: %1%</source>
        <translation>Changement de la clé du coffre-fort : %1 %</translation>
    </message>
    <message>
        <source>The vault key of %1 is changed; every account keeps its password.</source>
        <translation>La clé du coffre-fort %1 est changée ; chaque compte conserve son mot de passe.</translation>
    </message>
    <message>
        <source>Account %1 disabled; the vault key is changed.</source>
        <translation>Compte %1 désactivé ; la clé du coffre-fort est changée.</translation>
    </message>
    <message>
        <source>No temporary password on standard input.</source>
        <translation>Aucun mot de passe temporaire sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Account %1 added.</source>
        <translation>Compte %1 ajouté.</translation>
    </message>
    <message>
        <source>Account %1 enabled.</source>
        <translation>Compte %1 réactivé.</translation>
    </message>
    <message>
        <source>Password of %1 reset; the vault key is changed.</source>
        <translation>Mot de passe du compte %1 réinitialisé ; la clé du coffre-fort est changée.</translation>
    </message>
    <message>
        <source>Password of %1 reset.</source>
        <translation>Mot de passe du compte %1 réinitialisé.</translation>
    </message>
    <message>
        <source>Temporary password (shown once; it must be changed at first sign-in): %1</source>
        <translation>Mot de passe temporaire (affiché une seule fois ; il devra être changé à la première connexion) : %1</translation>
    </message>
    <message>
        <source>The temporary password must be changed at first sign-in.</source>
        <translation>Le mot de passe temporaire devra être changé à la première connexion.</translation>
    </message>
    <message>
        <source>vault creator&apos;s key: %1</source>
        <translation>clé du créateur du coffre-fort : %1</translation>
    </message>
    <message>
        <source>Only the requests in this state.</source>
        <translation>Seulement les demandes dans cet état.</translation>
    </message>
    <message>
        <source>Write JSON.</source>
        <translation>Écrire du JSON.</translation>
    </message>
    <message>
        <source>Include the requesters&apos; names.</source>
        <translation>Inclure le nom des demandeurs.</translation>
    </message>
    <message>
        <source>Unknown state &apos;%1&apos;: use received, identity-check, in-progress, answered, closed, refused, withdrawn or open.</source>
        <translation>État « %1 » inconnu : utilisez received, identity-check, in-progress, answered, closed, refused, withdrawn ou open.</translation>
    </message>
    <message>
        <source>Reference of a request.</source>
        <translation>Référence d&apos;une demande.</translation>
    </message>
    <message>
        <source>Kind of letter.</source>
        <translation>Type de lettre.</translation>
    </message>
    <message>
        <source>Read the PDF&apos;s password from standard input.</source>
        <translation>Lit le mot de passe du PDF sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Unknown kind of letter &apos;%1&apos;: use acknowledgement, identity-request, extension, refusal or reply.</source>
        <translation>Type de lettre « %1 » inconnu : utilisez acknowledgement, identity-request, extension, refusal ou reply.</translation>
    </message>
    <message>
        <source>A letter is only written encrypted: give its password on standard input with --pdf-password-stdin.</source>
        <translation>Une lettre n&apos;est écrite que chiffrée : indiquez son mot de passe sur l&apos;entrée standard avec --pdf-password-stdin.</translation>
    </message>
    <message>
        <source>No PDF password on standard input.</source>
        <translation>Aucun mot de passe de PDF sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>There is no request %1.</source>
        <translation>Il n&apos;existe aucune demande %1.</translation>
    </message>
    <message>
        <source>The PDF password is refused: %1</source>
        <translation>Le mot de passe du PDF est refusé : %1</translation>
    </message>
    <message>
        <source>%1 is not a file; no letter was issued.</source>
        <translation>%1 n&apos;est pas un fichier ; aucune lettre n&apos;a été émise.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist or cannot be written to; no letter was issued.</source>
        <translation>Le dossier %1 n&apos;existe pas ou n&apos;est pas accessible en écriture ; aucune lettre n&apos;a été émise.</translation>
    </message>
    <message>
        <source>No %1 letter can be issued for %2: %3</source>
        <translation>Aucune lettre de type %1 ne peut être émise pour la demande %2 : %3</translation>
    </message>
    <message numerus="yes">
        <source>The %1 letter for %2 is issued (%n page(s)) and written encrypted to %3.</source>
        <translation>
            <numerusform>La lettre de type %1 pour la demande %2 est émise (%n page) et écrite chiffrée dans %3.</numerusform>
            <numerusform>La lettre de type %1 pour la demande %2 est émise (%n pages) et écrite chiffrée dans %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the letter already issued instead of issuing one.</source>
        <translation>Écrire la lettre déjà émise au lieu d&apos;en émettre une.</translation>
    </message>
    <message>
        <source>No %1 letter was issued for %2 yet.</source>
        <translation>Aucune lettre %1 n&apos;a encore été émise pour %2.</translation>
    </message>
    <message>
        <source>%1 The letter is archived with the request %2: write it again with --issued.</source>
        <translation>%1 La lettre est archivée avec la demande %2 : écrivez-la à nouveau avec --issued.</translation>
    </message>
    <message>
        <source>Department of the privacy notice.</source>
        <translation>Direction dont la notice d&apos;information est produite.</translation>
    </message>
    <message>
        <source>Language of the privacy notice (fr or en).</source>
        <translation>Langue de la notice d&apos;information (fr ou en).</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;: use fr or en.</source>
        <translation>Langue « %1 » inconnue : utilisez fr ou en.</translation>
    </message>
    <message>
        <source>The notice is written as a web page or a PDF: name the file FILE.html or FILE.pdf.</source>
        <translation>La notice est écrite sous forme de page web ou de PDF : nommez le fichier FICHIER.html ou FICHIER.pdf.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist or cannot be written to.</source>
        <translation>Le dossier %1 n&apos;existe pas ou n&apos;est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>The privacy notice of %1 (%2) is written to %3.</source>
        <translation>La notice d&apos;information de %1 (%2) est écrite dans %3.</translation>
    </message>
    <message>
        <source>Usage: habeas-cli COMMAND [ARGUMENTS]

Commands:
  create VAULT --admin LOGIN [--name NAME] [--organisation NAME]
                       create an empty vault with its administrator
  demo VAULT           create a vault with the demo accounts
  info VAULT           format, schema version and key slots (no password)
  check VAULT --user LOGIN [--head FILE]
                       verify encryption, integrity, schema and the audit
                       chain (and that it still matches an exported head)
  audit-head VAULT --user LOGIN [--output FILE]
                       print or export the audit log&apos;s head
  backup VAULT DEST --user LOGIN
                       write a verified encrypted copy of VAULT to DEST,
                       with the audit log&apos;s head beside it
  restore BACKUP VAULT --user LOGIN
                       put a backup in place of VAULT (the old files are kept)
  account add VAULT LOGIN --user ADMIN --name NAME --role ROLE
                       add an account (ROLE: clerk, dpo or administrator)
  account disable VAULT LOGIN --user ADMIN
                       disable an account and change the vault key
  account enable VAULT LOGIN --user ADMIN
                       enable a disabled account again
  account reset VAULT LOGIN --user ADMIN [--revoke]
                       give an account a new temporary password (--revoke:
                       the old one may be known, change the vault key too)
  rekey VAULT --user ADMIN
                       change the vault key, so that older copies of the
                       key file no longer open the vault
  requests VAULT --user LOGIN [--state STATE] [--json] [--names]
                       list the requests: reference, rights, state,
                       received and due dates, by due date (--names adds
                       the requester; STATE: received, identity-check,
                       in-progress, answered, closed, refused, withdrawn,
                       or open for all but the ended)
  letter VAULT --user LOGIN --request REF --kind KIND --output FILE
         --pdf-password-stdin
                       issue the letter of KIND for the request REF (it
                       is archived with the request) and write it to FILE,
                       encrypted with the password on the next line of
                       standard input (KIND: acknowledgement,
                       identity-request, extension, refusal or reply);
                       with --issued, the latest letter of KIND already
                       issued for REF is written instead, and none is
                       issued (to write again one a failed write lost)
  notice VAULT --user LOGIN --department NAME --lang fr|en --output FILE
                       write the public privacy notice of the department
                       NAME (as the register writes it, case and accents
                       aside), made from the register, in French or
                       English: a web page for FILE.html, an unencrypted
                       PDF for FILE.pdf
  parse-deliberation FILE
                       read a deliberation as the Journal de Monaco
                       publishes it (UTF-8, Latin-1 or Windows-1252) and
                       print what was recognised as JSON, without a vault
  import-deliberations VAULT DIR --user LOGIN
                       import every deliberation text (.txt) of DIR, a
                       line per file; those already recorded are skipped,
                       each file is imported whole or not at all
  deadline DATE        reply deadline of a request received on DATE
                       (YYYY-MM-DD): due date, latest extended date, and
                       how they were computed

Passwords are read from the terminal, or from the first line of standard
input with --password-stdin; never from the command line. A temporary
password (account add, enable, reset) is made up and printed once, or
read from the next line of standard input with --new-password-stdin.
A letter&apos;s PDF password is read from the next line of standard input
with --pdf-password-stdin, which the letter command requires.

Exit status: 0 success, 1 usage, 2 authentication, 3 vault or key file
missing, 4 damaged or tampered, 5 written by a newer Habeas, 6 in use
elsewhere, 7 storage (read-only, disk full, file exists), 8 check found
problems, 9 internal error, 10 the account&apos;s role does not allow it,
11 the request does not allow it now (a letter that does not apply in its
state, or a fact it needs is missing), 12 some deliberations could not be
imported (their lines say why).</source>
        <translation>Utilisation : habeas-cli COMMANDE [ARGUMENTS]

Commandes :
  create COFFRE --admin IDENTIFIANT [--name NOM] [--organisation NOM]
                       crée un coffre-fort vide avec son administrateur
  demo COFFRE          crée un coffre-fort avec les comptes de démonstration
  info COFFRE          format, version du schéma et emplacements de clé
                       (sans mot de passe)
  check COFFRE --user IDENTIFIANT [--head FICHIER]
                       vérifie le chiffrement, l&apos;intégrité, le schéma et la
                       chaîne du journal d&apos;audit (et sa conformité à une tête
                       de chaîne exportée)
  audit-head COFFRE --user IDENTIFIANT [--output FICHIER]
                       affiche ou exporte la tête de chaîne du journal d&apos;audit
  backup COFFRE DEST --user IDENTIFIANT
                       écrit dans DEST une copie chiffrée et vérifiée de
                       COFFRE, accompagnée de la tête de chaîne du journal
                       d&apos;audit
  restore SAUVEGARDE COFFRE --user IDENTIFIANT
                       remplace COFFRE par une sauvegarde (les anciens
                       fichiers sont conservés)
  account add COFFRE IDENTIFIANT --user ADMIN --name NOM --role RÔLE
                       ajoute un compte (RÔLE : clerk, dpo ou administrator)
  account disable COFFRE IDENTIFIANT --user ADMIN
                       désactive un compte et change la clé du coffre-fort
  account enable COFFRE IDENTIFIANT --user ADMIN
                       réactive un compte désactivé
  account reset COFFRE IDENTIFIANT --user ADMIN [--revoke]
                       donne un nouveau mot de passe temporaire à un compte
                       (--revoke : l&apos;ancien est peut-être connu, changer
                       aussi la clé du coffre-fort)
  rekey COFFRE --user ADMIN
                       change la clé du coffre-fort, afin que les copies
                       antérieures du fichier de clés ne l&apos;ouvrent plus
  requests COFFRE --user IDENTIFIANT [--state ÉTAT] [--json] [--names]
                       liste les demandes : référence, droits, état, dates
                       de réception et d&apos;échéance, par échéance (--names
                       ajoute le demandeur ; ÉTAT : received, identity-check,
                       in-progress, answered, closed, refused, withdrawn,
                       ou open pour toutes sauf les terminées)
  letter COFFRE --user IDENTIFIANT --request RÉF --kind TYPE --output FICHIER
         --pdf-password-stdin
                       émet la lettre de type TYPE pour la demande RÉF
                       (elle est archivée avec la demande) et l&apos;écrit dans
                       FICHIER, chiffrée avec le mot de passe lu sur la
                       ligne suivante de l&apos;entrée standard (TYPE :
                       acknowledgement, identity-request, extension,
                       refusal ou reply) ; avec --issued, c&apos;est la
                       dernière lettre de type TYPE déjà émise pour RÉF
                       qui est écrite, et aucune n&apos;est émise (pour réécrire
                       celle qu&apos;une écriture ratée a perdue)
  notice COFFRE --user IDENTIFIANT --department NOM --lang fr|en
         --output FICHIER
                       écrit la notice d&apos;information du public de la
                       direction NOM (telle que le registre l&apos;écrit, sans
                       tenir compte des majuscules ni des accents), établie
                       à partir du registre, en français ou en anglais :
                       une page web pour FICHIER.html, un PDF non chiffré
                       pour FICHIER.pdf
  parse-deliberation FICHIER
                       lit une délibération telle que le Journal de Monaco
                       la publie (UTF-8, Latin-1 ou Windows-1252) et
                       affiche en JSON ce qui a été reconnu, sans coffre-fort
  import-deliberations COFFRE DOSSIER --user IDENTIFIANT
                       importe chaque texte de délibération (.txt) de
                       DOSSIER, une ligne par fichier ; les délibérations
                       déjà enregistrées sont ignorées, chaque fichier est
                       importé en entier ou pas du tout
  deadline DATE        délai de réponse d&apos;une demande reçue le DATE
                       (AAAA-MM-JJ) : date d&apos;échéance, date la plus tardive
                       après prolongation, et détail du calcul

Les mots de passe sont lus dans le terminal, ou sur la première ligne de
l&apos;entrée standard avec --password-stdin, mais jamais sur la ligne de commande.
Un mot de passe temporaire (account add, enable, reset) est créé et affiché
une seule fois, ou lu sur la ligne suivante de l&apos;entrée standard avec
--new-password-stdin.
Le mot de passe du PDF d&apos;une lettre est lu sur la ligne suivante de l&apos;entrée
standard avec --pdf-password-stdin, que la commande letter exige.

Codes de sortie : 0 succès, 1 utilisation, 2 authentification, 3 coffre-fort
ou fichier de clés introuvable, 4 endommagé ou altéré, 5 écrit par une version
plus récente d&apos;Habeas, 6 utilisé ailleurs, 7 stockage (lecture seule, disque
plein, fichier existant), 8 problèmes détectés par la vérification, 9 erreur
interne, 10 opération non autorisée pour le rôle du compte, 11 opération
impossible pour la demande en l&apos;état (lettre qui ne s&apos;applique pas à son état,
ou information nécessaire manquante), 12 certaines délibérations n&apos;ont pas pu
être importées (leur ligne indique pourquoi).</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>file name, what became of it</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>No deliberation text (.txt) in %1.</source>
        <translation>Aucun texte de délibération (.txt) dans %1.</translation>
    </message>
</context>
<context>
    <name>ConditionIndicator</name>
    <message>
        <source>Access replies on time</source>
        <translation>Réponses aux demandes d&apos;accès dans le délai</translation>
    </message>
    <message>
        <source>Exports encrypted</source>
        <translation>Exports chiffrés</translation>
    </message>
    <message>
        <source>This year&apos;s access requests concerning the deliberation&apos;s processing answered by their deadline, extensions included.</source>
        <translation>Réponse apportée dans le délai, prolongations comprises, aux demandes d&apos;accès de l&apos;année concernant le traitement de la délibération.</translation>
    </message>
    <message>
        <source>Every extract of the register and every letter Habeas exported for the deliberation&apos;s processing was encrypted.</source>
        <translation>Chaque extrait du registre et chaque lettre exportés par Habeas pour le traitement de la délibération ont été chiffrés.</translation>
    </message>
    <message>
        <source>Needs the deliberation&apos;s processing</source>
        <translation>Traitement de la délibération requis</translation>
    </message>
    <message>
        <source>No access request to measure in %1</source>
        <translation>Aucune demande d&apos;accès à mesurer en %1</translation>
    </message>
    <message>
        <source>%1 of %2 on time (%3 %)</source>
        <translation>%1 sur %2 dans le délai (%3 %)</translation>
    </message>
    <message>
        <source>No export yet</source>
        <translation>Aucun export à ce jour</translation>
    </message>
    <message numerus="yes">
        <source>%n export(s), all encrypted</source>
        <translation>
            <numerusform>%n export, chiffré</numerusform>
            <numerusform>%n exports, tous chiffrés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n export(s) encrypted, %2 not known</source>
        <translation>
            <numerusform>%1 sur %n export chiffré, %2 sans indication</numerusform>
            <numerusform>%1 sur %n exports chiffrés, %2 sans indication</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n export(s) not encrypted</source>
        <translation>
            <numerusform>%1 sur %n export non chiffré</numerusform>
            <numerusform>%1 sur %n exports non chiffrés</numerusform>
        </translation>
    </message>
    <message>
        <source>Link the deliberation to its processing of the register: the figure counts what concerns that processing.</source>
        <translation>Liez la délibération à son traitement du registre : la mesure porte sur ce qui concerne ce traitement.</translation>
    </message>
    <message>
        <source>Access requests received in %1 whose findings name the processing: replied by the date in force (extensions included), or still open past it.</source>
        <translation>Demandes d&apos;accès reçues en %1 dont les constats mentionnent le traitement : réponse apportée au plus tard à l&apos;échéance en vigueur (prolongations comprises), ou demande encore ouverte au-delà.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) still open and not yet due are not counted.</source>
        <translation>
            <numerusform>%n demande encore ouverte et non échue n&apos;est pas comptée.</numerusform>
            <numerusform>%n demandes encore ouvertes et non échues ne sont pas comptées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) withdrawn before a reply are not counted.</source>
        <translation>
            <numerusform>%n demande retirée avant toute réponse n&apos;est pas comptée.</numerusform>
            <numerusform>%n demandes retirées avant toute réponse ne sont pas comptées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Extracts of the processing&apos;s register entry or of the whole register, and letters of requests concerning it, as the audit log records their export.</source>
        <translation>Extraits de la fiche du traitement ou du registre entier, et lettres des demandes le concernant, d&apos;après les exports consignés dans le journal d&apos;audit.</translation>
    </message>
    <message numerus="yes">
        <source>%n older entry(ies) do not say whether the file was encrypted.</source>
        <translation>
            <numerusform>%n entrée plus ancienne n&apos;indique pas si le fichier a été chiffré.</numerusform>
            <numerusform>%n entrées plus anciennes n&apos;indiquent pas si le fichier a été chiffré.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlineCalculator</name>
    <message>
        <source>one month</source>
        <translation>un mois</translation>
    </message>
    <message>
        <source>two months</source>
        <translation>deux mois</translation>
    </message>
    <message>
        <source>three months</source>
        <translation>trois mois</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>reçue le %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>(no %1 %2)</source>
        <translation>(pas de %1 %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) paused awaiting identity proof → %1</source>
        <translation>
            <numerusform>%n jour de suspension dans l&apos;attente du justificatif d&apos;identité → %1</numerusform>
            <numerusform>%n jours de suspension dans l&apos;attente du justificatif d&apos;identité → %1</numerusform>
        </translation>
    </message>
    <message>
        <source>not a working day (%1) → %2</source>
        <translation>jour non ouvré (%1) → %2</translation>
    </message>
</context>
<context>
    <name>DeliberationImport</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Le fichier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Le fichier %1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 MB: it is not a deliberation.</source>
        <translation>Le fichier %1 dépasse %2 Mo : ce n&apos;est pas une délibération.</translation>
    </message>
    <message>
        <source>The file %1 holds no text: open the deliberation&apos;s text (.txt), not a document or an image.</source>
        <translation>Le fichier %1 ne contient pas de texte : ouvrez le texte de la délibération (.txt), et non un document ou une image.</translation>
    </message>
    <message>
        <source>the same name as the deliberation&apos;s title</source>
        <translation>le même nom que le titre de la délibération</translation>
    </message>
    <message>
        <source>the name the deliberation says it is known by</source>
        <translation>la dénomination que lui donne la délibération</translation>
    </message>
    <message>
        <source>a name sharing most words with the title</source>
        <translation>un nom reprenant la plupart des mots du titre</translation>
    </message>
    <message>
        <source>operated by the same department</source>
        <translation>mis en œuvre par la même direction</translation>
    </message>
    <message>
        <source>%1, operated by the same department</source>
        <comment>reason, then the department</comment>
        <translation>%1, mis en œuvre par la même direction</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>not a deliberation: no number and no title found</source>
        <translation>pas une délibération : ni numéro ni titre trouvé</translation>
    </message>
    <message>
        <source>not imported: %1 not found</source>
        <translation>non importé, faute d&apos;y trouver %1</translation>
    </message>
    <message>
        <source>deliberation no. %1 is already recorded: skipped</source>
        <translation>délibération n° %1 déjà enregistrée : ignorée</translation>
    </message>
    <message numerus="yes">
        <source>%n condition(s)</source>
        <translation>
            <numerusform>%n condition</numerusform>
            <numerusform>%n conditions</numerusform>
        </translation>
    </message>
    <message>
        <source>deliberation no. %1 imported, %2</source>
        <translation>délibération n° %1 importée, %2</translation>
    </message>
    <message>
        <source>deliberation no. %1 imported, %2; not found in the text: %3</source>
        <translation>délibération n° %1 importée, %2 ; éléments introuvables dans le texte : %3</translation>
    </message>
    <message>
        <source>; linked to no processing (the register has none of that name)</source>
        <translation> ; rattachée à aucun traitement (le registre n&apos;en a aucun de ce nom)</translation>
    </message>
</context>
<context>
    <name>DeliberationLabels</name>
    <message>
        <source>CCIN</source>
        <translation>CCIN</translation>
    </message>
    <message>
        <source>APDP</source>
        <translation>APDP</translation>
    </message>
    <message>
        <source>Favourable opinion</source>
        <translation>Avis favorable</translation>
    </message>
    <message>
        <source>Unfavourable opinion</source>
        <translation>Avis défavorable</translation>
    </message>
    <message>
        <source>Authorisation</source>
        <translation>Autorisation</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Mise en œuvre</translation>
    </message>
    <message>
        <source>Modification</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Remplie</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <source>Opinion on a draft text</source>
        <translation>Avis sur un projet de texte</translation>
    </message>
    <message>
        <source>Consideration</source>
        <translation>Considérant</translation>
    </message>
</context>
<context>
    <name>DeliberationParser</name>
    <message>
        <source>the number</source>
        <translation>le numéro</translation>
    </message>
    <message>
        <source>the date</source>
        <translation>la date</translation>
    </message>
    <message>
        <source>the authority</source>
        <translation>l&apos;autorité</translation>
    </message>
    <message>
        <source>the kind of deliberation</source>
        <translation>la nature de la délibération</translation>
    </message>
    <message>
        <source>whether it is about an implementation or a modification</source>
        <translation>l&apos;objet (mise en œuvre ou modification)</translation>
    </message>
    <message>
        <source>the title</source>
        <translation>le titre</translation>
    </message>
    <message>
        <source>the Journal de Monaco&apos;s number and date</source>
        <translation>le numéro et la date du Journal de Monaco</translation>
    </message>
    <message>
        <source>the &quot;Vu&quot; references</source>
        <translation>les visas (« Vu »)</translation>
    </message>
    <message>
        <source>the closing decision (&quot;Après en avoir délibéré&quot;)</source>
        <translation>le dispositif (« Après en avoir délibéré »)</translation>
    </message>
    <message>
        <source>the sentence that gives the opinion</source>
        <translation>la phrase qui énonce l&apos;avis</translation>
    </message>
    <message>
        <source>an opinion that agrees with the title</source>
        <translation>un avis concordant avec le titre</translation>
    </message>
    <message>
        <source>sections %1</source>
        <translation>les sections %1</translation>
    </message>
    <message>
        <source>section %1</source>
        <translation>la section %1</translation>
    </message>
    <message>
        <source>Preamble</source>
        <translation>Préambule</translation>
    </message>
</context>
<context>
    <name>DeliberationRepository</name>
    <message>
        <source>The deliberations cannot be read or written.</source>
        <translation>Les délibérations ne peuvent pas être lues ou écrites.</translation>
    </message>
    <message>
        <source>There is no such condition.</source>
        <translation>Cette condition n&apos;existe pas.</translation>
    </message>
    <message>
        <source>There is no such deliberation.</source>
        <translation>Cette délibération n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>DeliberationService</name>
    <message>
        <source>A deliberation number looks like 2023-133.</source>
        <translation>Un numéro de délibération a la forme 2023-133.</translation>
    </message>
    <message>
        <source>A deliberation needs its date and its title.</source>
        <translation>Une délibération doit avoir sa date et son titre.</translation>
    </message>
    <message>
        <source>Every condition needs its text.</source>
        <translation>Chaque condition doit avoir son texte.</translation>
    </message>
    <message>
        <source>Deliberation no. %1 is already recorded.</source>
        <translation>La délibération n° %1 est déjà enregistrée.</translation>
    </message>
    <message>
        <source>The deliberation cannot be recorded.</source>
        <translation>La délibération ne peut pas être enregistrée.</translation>
    </message>
    <message>
        <source>There is no such deliberation.</source>
        <translation>Cette délibération n&apos;existe pas.</translation>
    </message>
    <message>
        <source>There is no such condition.</source>
        <translation>Cette condition n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Say how the condition was met (the evidence).</source>
        <translation>Indiquez comment la condition a été remplie (le justificatif).</translation>
    </message>
    <message>
        <source>The condition cannot be updated.</source>
        <translation>La condition ne peut pas être mise à jour.</translation>
    </message>
    <message>
        <source>There is no such processing in the register.</source>
        <translation>Ce traitement ne figure pas au registre.</translation>
    </message>
    <message>
        <source>The deliberation cannot be linked.</source>
        <translation>La délibération ne peut pas être liée.</translation>
    </message>
    <message>
        <source>Measured by: %1.</source>
        <translation>Mesurée par : %1.</translation>
    </message>
    <message>
        <source>Measured by no indicator any more.</source>
        <translation>N&apos;est plus mesurée par aucun indicateur.</translation>
    </message>
    <message>
        <source>This condition is measured by no indicator.</source>
        <translation>Cette condition n&apos;est mesurée par aucun indicateur.</translation>
    </message>
    <message>
        <source>This text is of deliberation no. %1, not of no. %2.</source>
        <translation>Ce texte est celui de la délibération n° %1, et non de la délibération n° %2.</translation>
    </message>
    <message>
        <source>The new version of the deliberation cannot be recorded.</source>
        <translation>La nouvelle version de la délibération ne peut pas être enregistrée.</translation>
    </message>
</context>
<context>
    <name>DemoVault</name>
    <message>
        <source>Demo department (fictitious)</source>
        <translation>Service de démonstration (fictif)</translation>
    </message>
</context>
<context>
    <name>DocumentRepository</name>
    <message>
        <source>The identity document cannot be stored or read.</source>
        <translation>La pièce d&apos;identité ne peut pas être enregistrée ou lue.</translation>
    </message>
    <message>
        <source>This request has no identity document.</source>
        <translation>Cette demande n&apos;a pas de pièce d&apos;identité.</translation>
    </message>
    <message>
        <source>The records of destroyed documents cannot be read.</source>
        <translation>Les enregistrements des pièces détruites ne peuvent pas être lus.</translation>
    </message>
</context>
<context>
    <name>EncryptedPdf</name>
    <message>
        <source>A PDF is only exported with a password to open it.</source>
        <translation>Un PDF n&apos;est exporté qu&apos;avec un mot de passe pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>The letter could not be made into a protected PDF.</source>
        <translation>Le courrier n&apos;a pas pu être converti en PDF protégé.</translation>
    </message>
    <message>
        <source>This PDF cannot be opened with that password.</source>
        <translation>Ce PDF ne s&apos;ouvre pas avec ce mot de passe.</translation>
    </message>
</context>
<context>
    <name>FileErrors</name>
    <message>
        <source>The folder %1 is read-only.</source>
        <translation>Le dossier %1 est en lecture seule.</translation>
    </message>
    <message>
        <source>The disk is full: free some space and try again.</source>
        <translation>Le disque est plein : libérez de l&apos;espace, puis réessayez.</translation>
    </message>
    <message>
        <source>Habeas may not write in the folder %1.</source>
        <translation>Habeas n&apos;est pas autorisé à écrire dans le dossier %1.</translation>
    </message>
    <message>
        <source>The database file is damaged or has been tampered with; restore it from a backup.</source>
        <translation>Le fichier de la base de données est endommagé ou a été altéré. Restaurez-le à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>The database is busy.</source>
        <translation>La base de données est occupée.</translation>
    </message>
</context>
<context>
    <name>IdentityDocumentService</name>
    <message>
        <source>There is no such request.</source>
        <translation>Cette demande n&apos;existe pas.</translation>
    </message>
    <message>
        <source>This request has ended: no identity document is kept for it.</source>
        <translation>Cette demande est terminée : aucune pièce d&apos;identité n&apos;est conservée pour elle.</translation>
    </message>
    <message>
        <source>Say which document this is (identity card, passport, …).</source>
        <translation>Indiquez de quel document il s&apos;agit (carte d&apos;identité, passeport…).</translation>
    </message>
    <message>
        <source>The identity document cannot be stored.</source>
        <translation>La pièce d&apos;identité ne peut pas être enregistrée.</translation>
    </message>
    <message>
        <source>This request has no identity document.</source>
        <translation>Cette demande n&apos;a pas de pièce d&apos;identité.</translation>
    </message>
    <message>
        <source>Leftover identity documents cannot be destroyed.</source>
        <translation>Les pièces d&apos;identité restantes ne peuvent pas être détruites.</translation>
    </message>
    <message>
        <source>Make every check before calling the identity verified: the photograph, the name, the date of birth (or say it is not known) and the validity of the document.</source>
        <translation>Faites chaque vérification avant de déclarer l&apos;identité vérifiée : la photographie, le nom, la date de naissance (ou indiquez qu&apos;elle n&apos;est pas connue) et la validité du document.</translation>
    </message>
    <message>
        <source>This copy was verified already, by %1 on %2.</source>
        <translation>Cette copie a déjà été vérifiée, par %1 le %2.</translation>
    </message>
</context>
<context>
    <name>IdentityImageProcessor</name>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The file is larger than 20 MB; scan the document at a lower resolution.</source>
        <translation>Le fichier dépasse 20 Mo : numérisez le document à une résolution plus basse.</translation>
    </message>
    <message>
        <source>The image has more than 50 megapixels; scan the document at a lower resolution.</source>
        <translation>L&apos;image dépasse 50 mégapixels : numérisez le document à une résolution plus basse.</translation>
    </message>
    <message>
        <source>The image is damaged or incomplete and cannot be read.</source>
        <translation>L&apos;image est endommagée ou incomplète et ne peut pas être lue.</translation>
    </message>
    <message>
        <source>The copy of the document could not be encoded.</source>
        <translation>La copie du document n&apos;a pas pu être encodée.</translation>
    </message>
    <message>
        <source>This PDF is protected by a password: Habeas cannot read it. Ask for a scan without a password (a PDF or an image).</source>
        <translation>Ce PDF est protégé par un mot de passe : Habeas ne peut pas le lire. Demandez une copie sans mot de passe (un PDF ou une image).</translation>
    </message>
    <message>
        <source>The first page of this PDF is too large to be read.</source>
        <translation>La première page de ce PDF est trop grande pour être lue.</translation>
    </message>
    <message>
        <source>This file is neither an image nor a PDF that Habeas can read (JPEG, PNG, TIFF, BMP or PDF).</source>
        <translation>Ce fichier n&apos;est ni une image ni un PDF qu&apos;Habeas sait lire (JPEG, PNG, TIFF, BMP ou PDF).</translation>
    </message>
</context>
<context>
    <name>IndicatorRepository</name>
    <message>
        <source>The figures of the conditions cannot be measured.</source>
        <translation>Les mesures des conditions ne peuvent pas être calculées.</translation>
    </message>
</context>
<context>
    <name>InspectionFile</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>from the first request to %1</source>
        <translation>de la première demande au %1</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message numerus="yes">
        <source>The whole register: %n processing(s) described.</source>
        <translation>
            <numerusform>L&apos;ensemble du registre : %n traitement décrit.</numerusform>
            <numerusform>L&apos;ensemble du registre : %n traitements décrits.</numerusform>
        </translation>
    </message>
    <message>
        <source>The processing %1.</source>
        <translation>Le traitement %1.</translation>
    </message>
    <message>
        <source>Drawn up for the supervisory authority.</source>
        <translation>Établi à l&apos;intention de l&apos;autorité de contrôle.</translation>
    </message>
    <message>
        <source>Drawn up by %1 for the supervisory authority.</source>
        <translation>Établi par %1 à l&apos;intention de l&apos;autorité de contrôle.</translation>
    </message>
    <message>
        <source>Generated on</source>
        <translation>Généré le</translation>
    </message>
    <message>
        <source>Generated by</source>
        <translation>Généré par</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>Period of the figures</source>
        <translation>Période couverte par les chiffres</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>This file names no requester: requests are counted, never listed, and identity documents appear only as the number destroyed each month.</source>
        <translation>Ce dossier ne nomme aucun demandeur : les demandes sont comptées, jamais énumérées, et les pièces d&apos;identité n&apos;apparaissent que par le nombre de pièces détruites chaque mois.</translation>
    </message>
    <message>
        <source>No deliberation of the authority is recorded.</source>
        <translation>Aucune délibération de l&apos;autorité n&apos;est enregistrée.</translation>
    </message>
    <message>
        <source>No deliberation of the authority concerns this processing.</source>
        <translation>Aucune délibération de l&apos;autorité ne concerne ce traitement.</translation>
    </message>
    <message>
        <source>Deliberation no. %1 of %2</source>
        <translation>Délibération n° %1 du %2</translation>
    </message>
    <message>
        <source>Deliberation no. %1</source>
        <translation>Délibération n° %1</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autorité</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message numerus="yes">
        <source>%n condition(s), %1 met or not applicable, %2 still to follow</source>
        <translation>
            <numerusform>%n condition (remplie ou sans objet : %1 ; encore à suivre : %2)</numerusform>
            <numerusform>%n conditions (remplies ou sans objet : %1 ; encore à suivre : %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>:</source>
        <translation> :</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Justificatif</translation>
    </message>
    <message>
        <source>Requests received %1.</source>
        <translation>Demandes reçues %1.</translation>
    </message>
    <message>
        <source>Only the requests whose findings concern this processing are counted.</source>
        <translation>Seules les demandes dont les constats concernent ce traitement sont comptées.</translation>
    </message>
    <message>
        <source>No request was received in the period.</source>
        <translation>Aucune demande n&apos;a été reçue sur la période.</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>Ensemble des demandes</translation>
    </message>
    <message>
        <source>Requests received and their outcome</source>
        <translation>Demandes reçues et suites données</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Droit</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçues</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminées</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusées</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirées</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Prolongées</translation>
    </message>
    <message>
        <source>Replies and their deadlines</source>
        <translation>Réponses et délais</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Dans le délai</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Share on time</source>
        <translation>Part dans le délai</translation>
    </message>
    <message>
        <source>Overdue, no reply</source>
        <translation>Échues, sans réponse</translation>
    </message>
    <message>
        <source>A request for several rights is counted under each of them and once among all requests. A reply is the first answer or refusal sent; it is on time when sent by the deadline in force, extension included. &quot;Ended&quot; counts requests closed, refused or withdrawn; &quot;Overdue, no reply&quot; those still open whose deadline has passed.</source>
        <translation>Une demande portant sur plusieurs droits est comptée pour chacun d&apos;eux, et une seule fois dans l&apos;ensemble des demandes. On entend par réponse la première réponse ou le premier refus envoyé ; elle est dans le délai lorsqu&apos;elle est envoyée au plus tard à l&apos;échéance en vigueur, prolongation comprise. « Terminées » compte les demandes clôturées, refusées ou retirées ; « Échues, sans réponse », celles encore ouvertes dont l&apos;échéance est passée.</translation>
    </message>
    <message>
        <source>Refusals by reason</source>
        <translation>Refus par motif</translation>
    </message>
    <message>
        <source>No request was refused.</source>
        <translation>Aucune demande n&apos;a été refusée.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>No identity document was destroyed %1.</source>
        <translation>Aucune pièce d&apos;identité n&apos;a été détruite %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n identity document(s) destroyed %1; the first on %2, the last on %3.</source>
        <translation>
            <numerusform>%n pièce d&apos;identité détruite %1 ; la première le %2, la dernière le %3.</numerusform>
            <numerusform>%n pièces d&apos;identité détruites %1 ; la première le %2, la dernière le %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Documents destroyed</source>
        <translation>Pièces détruites</translation>
    </message>
    <message>
        <source>A copy of the requester&apos;s identity document is kept only while the request is open, inside the encrypted vault, and destroyed when it ends; what remains is the record of its destruction.</source>
        <translation>Une copie de la pièce d&apos;identité du demandeur n&apos;est conservée, dans le coffre-fort chiffré, que tant que la demande est ouverte ; elle est détruite à la fin de la demande et seul subsiste le procès-verbal de sa destruction.</translation>
    </message>
    <message>
        <source>Only the documents of requests whose findings concern this processing are counted.</source>
        <translation>Seules sont comptées les pièces des demandes dont les constats concernent ce traitement.</translation>
    </message>
    <message>
        <source>Whole: every entry verified, from the first to the head.</source>
        <translation>Intacte : chaque entrée a été vérifiée, de la première jusqu&apos;à la tête de chaîne.</translation>
    </message>
    <message>
        <source>Broken at entry %1: %2</source>
        <translation>Rompue à l&apos;entrée %1 : %2</translation>
    </message>
    <message>
        <source>Entries in the chain</source>
        <translation>Entrées de la chaîne</translation>
    </message>
    <message>
        <source>Hash of the head</source>
        <translation>Empreinte de la tête de chaîne</translation>
    </message>
    <message>
        <source>Head written on (UTC)</source>
        <translation>Date d&apos;écriture de la tête de chaîne (UTC)</translation>
    </message>
    <message>
        <source>Key of the vault&apos;s creator</source>
        <translation>Clé du créateur du coffre-fort</translation>
    </message>
    <message>
        <source>Verification when generated</source>
        <translation>Vérification lors de la génération</translation>
    </message>
    <message>
        <source>Each entry of the audit log holds the hash of the one before and is signed by the account that acted; a history rewritten after this head no longer leads to it. The generation of this file is recorded as the next entry.</source>
        <translation>Chaque entrée du journal d&apos;audit contient l&apos;empreinte de la précédente et est signée par le compte qui a agi ; un historique réécrit après cette tête de chaîne n&apos;y aboutit plus. La génération de ce dossier est consignée comme entrée suivante.</translation>
    </message>
    <message>
        <source>Reason withheld from this file: it names the requester</source>
        <translation>Motif non reproduit dans ce dossier : il nomme le demandeur</translation>
    </message>
    <message>
        <source>No reason kept (cleared with the case file)</source>
        <translation>Aucun motif conservé (effacé avec le dossier de la demande)</translation>
    </message>
    <message>
        <source>Inspection file: register of processings</source>
        <translation>Dossier d&apos;inspection : registre des traitements</translation>
    </message>
    <message>
        <source>Inspection file: %1</source>
        <translation>Dossier d&apos;inspection : %1</translation>
    </message>
    <message>
        <source>1. The register</source>
        <translation>1. Le registre</translation>
    </message>
    <message>
        <source>2. Deliberations of the authority and their conditions</source>
        <translation>2. Délibérations de l&apos;autorité et leurs conditions</translation>
    </message>
    <message>
        <source>3. Rights requests</source>
        <translation>3. Demandes d&apos;exercice de droits</translation>
    </message>
    <message>
        <source>4. Identity documents destroyed</source>
        <translation>4. Pièces d&apos;identité détruites</translation>
    </message>
    <message>
        <source>5. The audit log</source>
        <translation>5. Le journal d&apos;audit</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, le %2</translation>
    </message>
    <message>
        <source>Inspection file, page %1 / %2</source>
        <translation>Dossier d&apos;inspection, page %1 / %2</translation>
    </message>
    <message>
        <source>Inspection file</source>
        <translation>Dossier d&apos;inspection</translation>
    </message>
</context>
<context>
    <name>InspectionFileService</name>
    <message>
        <source>The inspection file could not be exported.</source>
        <translation>Le dossier d&apos;inspection n&apos;a pas pu être exporté.</translation>
    </message>
</context>
<context>
    <name>KeyFile</name>
    <message>
        <source>The key file %1 is missing. Without it the vault cannot be opened; restore it from a backup.</source>
        <translation>Le fichier de clés %1 est introuvable. Sans lui, le coffre-fort ne peut pas être ouvert. Restaurez ce fichier à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>The key file %1 cannot be read.</source>
        <translation>Le fichier de clés %1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The key file %1 is damaged or has been tampered with.</source>
        <translation>Le fichier de clés %1 est endommagé ou a été altéré.</translation>
    </message>
    <message>
        <source>The key file is damaged or has been tampered with.</source>
        <translation>Le fichier de clés est endommagé ou a été altéré.</translation>
    </message>
    <message>
        <source>This vault&apos;s key file was written by a newer version of Habeas (key format %1; this version reads up to %2). Install the newer version to open it.</source>
        <translation>Le fichier de clés de ce coffre-fort a été écrit par une version plus récente d&apos;Habeas (format de clés %1, alors que cette version lit au plus le format %2). Installez la version plus récente pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>The key file %1 cannot be written.</source>
        <translation>Le fichier de clés %1 ne peut pas être écrit.</translation>
    </message>
    <message>
        <source>Not enough memory to check the password (%1 MiB needed).</source>
        <translation>Mémoire insuffisante pour vérifier le mot de passe (%1 Mio nécessaires).</translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot; in this vault.</source>
        <translation>Il n&apos;existe aucun compte « %1 » dans ce coffre-fort.</translation>
    </message>
    <message>
        <source>The password is wrong.</source>
        <translation>Le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>The vault key is not available.</source>
        <translation>La clé du coffre-fort n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>The login is empty.</source>
        <translation>L&apos;identifiant est vide.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; already has a key slot.</source>
        <translation>Le compte « %1 » dispose déjà d&apos;un emplacement de clé.</translation>
    </message>
    <message>
        <source>The last key slot cannot be removed: nobody could open the vault any more.</source>
        <translation>Le dernier emplacement de clé ne peut pas être supprimé : plus personne ne pourrait ouvrir le coffre-fort.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled. Ask an administrator to enable it.</source>
        <translation>Le compte « %1 » est désactivé. Demandez à un administrateur de le réactiver.</translation>
    </message>
    <message>
        <source>There is no such key slot.</source>
        <translation>Cet emplacement de clé n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; has no key slot.</source>
        <translation>Le compte « %1 » n&apos;a pas d&apos;emplacement de clé.</translation>
    </message>
</context>
<context>
    <name>LetterActions</name>
    <message>
        <source>Letter %1</source>
        <translation>Lettre %1</translation>
    </message>
    <message>
        <source>Print the letter</source>
        <translation>Imprimer la lettre</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Impression</translation>
    </message>
    <message>
        <source>Letters are not printed to a file: use &quot;Export as PDF&quot;, which protects the file with a password.</source>
        <translation>Les lettres ne s&apos;impriment pas dans un fichier : utilisez « Exporter en PDF », qui protège le fichier par un mot de passe.</translation>
    </message>
    <message>
        <source>Export the letter as PDF</source>
        <translation>Exporter la lettre en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>The letter was saved in %1. It opens only with the password you chose.</source>
        <translation>La lettre a été enregistrée dans %1. Elle ne s&apos;ouvre qu&apos;avec le mot de passe que vous avez choisi.</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
</context>
<context>
    <name>LetterComposer</name>
    <message>
        <source>its legal basis</source>
        <translation>sa base légale</translation>
    </message>
    <message>
        <source>the data it processes</source>
        <translation>les données qu&apos;il traite</translation>
    </message>
    <message>
        <source>where its data comes from</source>
        <translation>l&apos;origine de ses données</translation>
    </message>
    <message>
        <source>The register does not give %1 for “%2”; an access reply must say it. Ask the DPO to complete the register.</source>
        <translation>Le registre n&apos;indique pas %1 pour « %2 » ; une réponse à une demande d&apos;accès doit le dire. Demandez au DPO de compléter le registre.</translation>
    </message>
    <message>
        <source>No processing is recorded as concerned by this request: add them on the Processings tab before writing the reply.</source>
        <translation>Aucun traitement n&apos;est indiqué comme concerné par cette demande : ajoutez-les dans l&apos;onglet Traitements avant de rédiger la réponse.</translation>
    </message>
    <message>
        <source>Say whether data is held in %1 before writing the reply.</source>
        <translation>Indiquez si des données sont détenues dans %1 avant de rédiger la réponse.</translation>
    </message>
    <message>
        <source>“%1” is no longer in the register.</source>
        <translation>« %1 » n&apos;est plus au registre.</translation>
    </message>
    <message>
        <source>Record what was done in “%1” before writing the reply.</source>
        <translation>Indiquez ce qui a été fait dans « %1 » avant de rédiger la réponse.</translation>
    </message>
    <message>
        <source>The letter has no text.</source>
        <translation>La lettre n&apos;a pas de texte.</translation>
    </message>
    <message>
        <source>This request was anonymised: no letter can be written about it.</source>
        <translation>Cette demande a été anonymisée : aucune lettre ne peut plus être rédigée à son sujet.</translation>
    </message>
    <message>
        <source>The request has ended.</source>
        <translation>La demande est terminée.</translation>
    </message>
    <message>
        <source>The deadline of this request was not extended.</source>
        <translation>Le délai de cette demande n&apos;a pas été prolongé.</translation>
    </message>
    <message>
        <source>The request was not refused.</source>
        <translation>La demande n&apos;a pas été refusée.</translation>
    </message>
    <message>
        <source>The reply is written once the identity is verified, while the request is in progress.</source>
        <translation>La réponse se rédige une fois l&apos;identité vérifiée, pendant le traitement de la demande.</translation>
    </message>
    <message>
        <source>Acknowledgement of receipt</source>
        <translation>Accusé de réception</translation>
    </message>
    <message>
        <source>Request for proof of identity</source>
        <translation>Demande de justificatif d&apos;identité</translation>
    </message>
    <message>
        <source>Extension notice</source>
        <translation>Avis de prolongation</translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation>Refus</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>the addressee&apos;s name</source>
        <translation>le nom du destinataire</translation>
    </message>
    <message>
        <source>the agent&apos;s postal address</source>
        <translation>l&apos;adresse postale du mandataire</translation>
    </message>
    <message>
        <source>the requester&apos;s postal address</source>
        <translation>l&apos;adresse postale du demandeur</translation>
    </message>
    <message>
        <source>the office&apos;s name (letterhead)</source>
        <translation>le nom du service (en-tête)</translation>
    </message>
    <message>
        <source>the signatory&apos;s name (letterhead)</source>
        <translation>le nom du signataire (en-tête)</translation>
    </message>
    <message>
        <source>The letter cannot be printed without %1.</source>
        <translation>La lettre ne peut pas être imprimée sans %1.</translation>
    </message>
    <message>
        <source>The %1 cannot use %2.</source>
        <translation>La lettre « %1 » ne peut pas utiliser %2.</translation>
    </message>
</context>
<context>
    <name>LetterRenderer</name>
    <message>
        <source>The letter could not be laid out on the page.</source>
        <translation>La lettre n&apos;a pas pu être mise en page.</translation>
    </message>
    <message>
        <source>The letter cannot be laid out: this program has no fonts.</source>
        <translation>La lettre ne peut pas être mise en page : ce programme ne dispose d&apos;aucune police de caractères.</translation>
    </message>
</context>
<context>
    <name>LetterRepository</name>
    <message>
        <source>The letters cannot be read or written.</source>
        <translation>Les lettres ne peuvent être ni lues ni enregistrées.</translation>
    </message>
    <message>
        <source>There is no such letter.</source>
        <translation>Cette lettre n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>LetterService</name>
    <message>
        <source>Letters are written in French or English.</source>
        <translation>Les lettres sont rédigées en français ou en anglais.</translation>
    </message>
    <message>
        <source>The letter needs a subject.</source>
        <translation>La lettre doit avoir un objet.</translation>
    </message>
    <message>
        <source>The subject is one line.</source>
        <translation>L&apos;objet tient sur une ligne.</translation>
    </message>
    <message>
        <source>The template cannot be saved.</source>
        <translation>Le modèle ne peut pas être enregistré.</translation>
    </message>
    <message>
        <source>There is no such request.</source>
        <translation>Cette demande n&apos;existe pas.</translation>
    </message>
    <message>
        <source>There is no letter to issue.</source>
        <translation>Il n&apos;y a pas de lettre à émettre.</translation>
    </message>
    <message>
        <source>The letter cannot be archived.</source>
        <translation>La lettre ne peut pas être archivée.</translation>
    </message>
    <message>
        <source>The request changed since this letter was prepared; prepare it again to issue it.</source>
        <translation>La demande a changé depuis la préparation de cette lettre ; préparez-la à nouveau pour l&apos;émettre.</translation>
    </message>
    <message>
        <source>The template changed since this letter was prepared; prepare it again to issue it.</source>
        <translation>Le modèle a changé depuis la préparation de cette lettre ; préparez-la à nouveau pour l&apos;émettre.</translation>
    </message>
    <message>
        <source>There is no such letter.</source>
        <translation>Cette lettre n&apos;existe pas.</translation>
    </message>
    <message>
        <source>This letter was cleared with the rest of the case file when its retention period ended.</source>
        <translation>Cette lettre a été effacée avec le reste du dossier à la fin de sa durée de conservation.</translation>
    </message>
    <message>
        <source>The letter could not be exported.</source>
        <translation>La lettre n&apos;a pas pu être exportée.</translation>
    </message>
    <message>
        <source>The first deadline, %1, has passed: the requester should have been told of the extension before it.</source>
        <translation>La première échéance, le %1, est dépassée : le demandeur aurait dû être informé de la prolongation avant cette date.</translation>
    </message>
</context>
<context>
    <name>LetterTemplate</name>
    <message>
        <source>Name of the office, from the letterhead</source>
        <translation>Nom du service, selon l&apos;en-tête</translation>
    </message>
    <message>
        <source>Address of the office, from the letterhead</source>
        <translation>Adresse du service, selon l&apos;en-tête</translation>
    </message>
    <message>
        <source>Name of the person who signs</source>
        <translation>Nom du signataire</translation>
    </message>
    <message>
        <source>Title of the person who signs</source>
        <translation>Qualité du signataire</translation>
    </message>
    <message>
        <source>Date of the letter</source>
        <translation>Date du courrier</translation>
    </message>
    <message>
        <source>Reference of the request</source>
        <translation>Référence de la demande</translation>
    </message>
    <message>
        <source>Date the request was received</source>
        <translation>Date de réception de la demande</translation>
    </message>
    <message>
        <source>Date the reply is due</source>
        <translation>Date d&apos;échéance de la réponse</translation>
    </message>
    <message>
        <source>Date the reply is due after the extension</source>
        <translation>Date d&apos;échéance de la réponse après prolongation</translation>
    </message>
    <message>
        <source>Reasons for the extension</source>
        <translation>Motifs de la prolongation</translation>
    </message>
    <message>
        <source>Reason for the refusal</source>
        <translation>Motif du refus</translation>
    </message>
    <message>
        <source>Name of the addressee: the requester, or the agent</source>
        <translation>Nom du destinataire : le demandeur, ou le mandataire</translation>
    </message>
    <message>
        <source>Postal address of the addressee</source>
        <translation>Adresse postale du destinataire</translation>
    </message>
    <message>
        <source>Civility of the addressee (may be empty)</source>
        <translation>Civilité du destinataire (peut être vide)</translation>
    </message>
    <message>
        <source>Name of the requester</source>
        <translation>Nom du demandeur</translation>
    </message>
    <message>
        <source>Address of the supervisory authority (APDP)</source>
        <translation>Adresse de l&apos;autorité de contrôle (APDP)</translation>
    </message>
    <message>
        <source>The processings concerned, each with what the right gives</source>
        <translation>Les traitements concernés, chacun avec ce que le droit donne</translation>
    </message>
    <message>
        <source>The template uses placeholders Habeas does not know: %1.</source>
        <translation>Le modèle utilise des champs qu&apos;Habeas ne connaît pas : %1.</translation>
    </message>
    <message>
        <source>The template has braces that make no placeholder: %1.</source>
        <translation>Le modèle a des accolades qui ne forment aucun champ : %1.</translation>
    </message>
    <message>
        <source>The letter cannot be printed: nothing to put in %1.</source>
        <translation>Le courrier ne peut pas être imprimé : rien à mettre dans %1.</translation>
    </message>
    <message>
        <source>How the addressee is greeted: “Madame”, “Monsieur”, “Madame, Monsieur” or “Dear Ms …”</source>
        <translation>La formule d&apos;appel : « Madame », « Monsieur », « Madame, Monsieur » ou « Dear Ms … »</translation>
    </message>
    <message>
        <source>The rights exercised, in words (in French, written after &quot;du&quot;: &quot;droit d&apos;accès et du droit d&apos;opposition&quot;)</source>
        <translation>Les droits exercés, en toutes lettres (en français, à écrire après « du » : « droit d&apos;accès et du droit d&apos;opposition »)</translation>
    </message>
</context>
<context>
    <name>LetterWording</name>
    <message>
        <source>compliance with a legal obligation</source>
        <translation>le respect d&apos;une obligation légale</translation>
    </message>
    <message>
        <source>a task carried out in the public interest</source>
        <translation>l&apos;exécution d&apos;une mission d&apos;intérêt public</translation>
    </message>
    <message>
        <source>your consent</source>
        <translation>votre consentement</translation>
    </message>
    <message>
        <source>a contract with you</source>
        <translation>un contrat conclu avec vous</translation>
    </message>
    <message>
        <source>the legitimate interest of the controller</source>
        <translation>l&apos;intérêt légitime du responsable du traitement</translation>
    </message>
    <message>
        <source>the protection of someone&apos;s vital interests</source>
        <translation>la sauvegarde des intérêts vitaux d&apos;une personne</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et du </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>retention not set</source>
        <translation>durée non fixée</translation>
    </message>
    <message>
        <source>None outside the department that runs the processing.</source>
        <translation>Aucun en dehors du service qui exploite le traitement.</translation>
    </message>
    <message>
        <source>Run by</source>
        <translation>Exploité par</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base légale</translation>
    </message>
    <message>
        <source>Data about you and how long it is kept</source>
        <translation>Données vous concernant et durée de conservation</translation>
    </message>
    <message>
        <source>Who receives it</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Where it comes from</source>
        <translation>Origine des données</translation>
    </message>
    <message>
        <source>What we did</source>
        <translation>Suite donnée</translation>
    </message>
    <message>
        <source>No data about you is processed in: %1.</source>
        <translation>Aucune donnée vous concernant n&apos;est traitée dans : %1.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, le %2</translation>
    </message>
    <message>
        <source>Our reference: %1</source>
        <translation>Notre référence : %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Objet : %1</translation>
    </message>
    <message>
        <source>Ref. %1 — page %2 / %3</source>
        <translation>Réf. %1 — page %2 / %3</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, du </translation>
    </message>
</context>
<context>
    <name>LetterheadService</name>
    <message>
        <source>Office name</source>
        <translation>Nom du service</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Signatory&apos;s name</source>
        <translation>Nom du signataire</translation>
    </message>
    <message>
        <source>Signatory&apos;s title</source>
        <translation>Titre du signataire</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>Pied de page</translation>
    </message>
    <message>
        <source>Supervisory authority&apos;s address</source>
        <translation>Adresse de l&apos;autorité de contrôle</translation>
    </message>
    <message>
        <source>%1: write it on one line.</source>
        <translation>%1 : écrivez-le sur une ligne.</translation>
    </message>
    <message>
        <source>%1: at most %2 lines.</source>
        <translation>%1 : %2 lignes au plus.</translation>
    </message>
    <message>
        <source>%1: a line is longer than %2 characters.</source>
        <translation>%1 : une ligne dépasse %2 caractères.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Le coffre-fort est verrouillé.</translation>
    </message>
    <message>
        <source>The logo is not an image prepared by Habeas; choose the image again.</source>
        <translation>Le logo n&apos;est pas une image préparée par Habeas ; choisissez l&apos;image à nouveau.</translation>
    </message>
    <message>
        <source>The letterhead could not be saved.</source>
        <translation>L&apos;en-tête n&apos;a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>The image is larger than 5 MB; choose a smaller file.</source>
        <translation>L&apos;image dépasse 5 Mo ; choisissez un fichier plus petit.</translation>
    </message>
    <message>
        <source>This file is not an image Habeas can read (PNG, JPEG or SVG, for example).</source>
        <translation>Ce fichier n&apos;est pas une image qu&apos;Habeas sait lire (PNG, JPEG ou SVG, par exemple).</translation>
    </message>
    <message>
        <source>The image has more than 50 megapixels; choose a smaller image.</source>
        <translation>L&apos;image dépasse 50 mégapixels ; choisissez une image plus petite.</translation>
    </message>
    <message>
        <source>The image is damaged or incomplete and cannot be read.</source>
        <translation>L&apos;image est endommagée ou incomplète et ne peut pas être lue.</translation>
    </message>
    <message>
        <source>The image could not be converted to PNG.</source>
        <translation>L&apos;image n&apos;a pas pu être convertie en PNG.</translation>
    </message>
    <message>
        <source>The image cannot be made small enough for the letterhead.</source>
        <translation>L&apos;image ne peut pas être réduite assez pour l&apos;en-tête.</translation>
    </message>
</context>
<context>
    <name>LoginThrottle</name>
    <message>
        <source>Failed sign-in attempts cannot be recorded.</source>
        <translation>Les tentatives de connexion infructueuses ne peuvent pas être enregistrées.</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>The vault&apos;s schema version cannot be read.</source>
        <translation>La version du schéma du coffre-fort ne peut pas être lue.</translation>
    </message>
    <message>
        <source>The vault has no schema version; it is damaged.</source>
        <translation>Le coffre-fort n&apos;a pas de version du schéma : il est endommagé.</translation>
    </message>
    <message>
        <source>The vault&apos;s schema version is unreadable; it is damaged.</source>
        <translation>La version du schéma du coffre-fort est illisible : le coffre-fort est endommagé.</translation>
    </message>
    <message>
        <source>This vault was written by a newer version of Habeas (schema %1; this version knows up to %2). Install the newer version to open it.</source>
        <translation>Ce coffre-fort a été écrit par une version plus récente d&apos;Habeas (schéma %1, alors que cette version connaît au plus le schéma %2). Installez la version plus récente pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>The vault could not be upgraded to schema %1; it was left at schema %2.</source>
        <translation>Le coffre-fort n&apos;a pas pu être mis à niveau vers le schéma %1 : il est resté au schéma %2.</translation>
    </message>
</context>
<context>
    <name>MonacoCalendar</name>
    <message>
        <source>%1 (observed)</source>
        <translation>%1 (reporté au lundi)</translation>
    </message>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Jour de l&apos;An</translation>
    </message>
    <message>
        <source>Saint Devota</source>
        <translation>Sainte Dévote</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>Fête du Travail</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>Assomption</translation>
    </message>
    <message>
        <source>All Saints&apos; Day</source>
        <translation>Toussaint</translation>
    </message>
    <message>
        <source>National Day (Fête du Prince)</source>
        <translation>Fête du Prince</translation>
    </message>
    <message>
        <source>Immaculate Conception</source>
        <translation>Immaculée Conception</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Noël</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>lundi de Pâques</translation>
    </message>
    <message>
        <source>Ascension Day</source>
        <translation>Ascension</translation>
    </message>
    <message>
        <source>Whit Monday</source>
        <translation>lundi de Pentecôte</translation>
    </message>
    <message>
        <source>Corpus Christi</source>
        <translation>Fête-Dieu</translation>
    </message>
    <message>
        <source>Public holiday (added)</source>
        <translation>jour férié (ajouté)</translation>
    </message>
</context>
<context>
    <name>NextStep</name>
    <message numerus="yes">
        <source>reply overdue since %1 (%n day(s))</source>
        <translation>
            <numerusform>réponse en retard depuis le %1 (%n jour)</numerusform>
            <numerusform>réponse en retard depuis le %1 (%n jours)</numerusform>
        </translation>
    </message>
    <message>
        <source>reply due today, %1</source>
        <translation>réponse attendue aujourd&apos;hui, %1</translation>
    </message>
    <message numerus="yes">
        <source>reply due %1 (%n working day(s) left)</source>
        <translation>
            <numerusform>réponse attendue le %1 (%n jour ouvré restant)</numerusform>
            <numerusform>réponse attendue le %1 (%n jours ouvrés restants)</numerusform>
        </translation>
    </message>
    <message>
        <source>reply due %1</source>
        <translation>réponse attendue le %1</translation>
    </message>
    <message>
        <source>Identity to check, then the request to examine; %1</source>
        <translation>Identité à vérifier, puis demande à instruire ; %1</translation>
    </message>
    <message numerus="yes">
        <source>Identity proof asked on %1: no reply after %n day(s); %2</source>
        <translation>
            <numerusform>Justificatif d&apos;identité demandé le %1 : sans réponse depuis %n jour ; %2</numerusform>
            <numerusform>Justificatif d&apos;identité demandé le %1 : sans réponse depuis %n jours ; %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Identity proof awaited; %1</source>
        <translation>Justificatif d&apos;identité attendu ; %1</translation>
    </message>
    <message>
        <source>Processings to search and the reply to write; %1</source>
        <translation>Traitements à consulter et réponse à rédiger ; %1</translation>
    </message>
    <message>
        <source>Reply sent on %1: close the request, which destroys the identity document</source>
        <translation>Réponse envoyée le %1 : clôturez la demande, ce qui détruit la pièce d&apos;identité</translation>
    </message>
    <message>
        <source>Reply sent: close the request, which destroys the identity document</source>
        <translation>Réponse envoyée : clôturez la demande, ce qui détruit la pièce d&apos;identité</translation>
    </message>
    <message>
        <source>%1 on %2: nothing left to do</source>
        <translation>%1 le %2 : plus rien à faire</translation>
    </message>
    <message>
        <source>%1: nothing left to do</source>
        <translation>%1 : plus rien à faire</translation>
    </message>
    <message>
        <source>%1. Nobody is assigned.</source>
        <translation>%1. Personne n&apos;en est chargé.</translation>
    </message>
    <message>
        <source>%1. Assigned to %2.</source>
        <translation>%1. Confiée à %2.</translation>
    </message>
    <message>
        <source>Identity verified: move the request on to its examination; %1</source>
        <translation>Identité vérifiée : passez la demande à l&apos;instruction ; %1</translation>
    </message>
    <message>
        <source>Copy of the identity document received: verify it; %1</source>
        <translation>Copie de la pièce d&apos;identité reçue : vérifiez-la ; %1</translation>
    </message>
    <message>
        <source>Identity proof asked today; %1</source>
        <translation>Justificatif d&apos;identité demandé aujourd&apos;hui ; %1</translation>
    </message>
</context>
<context>
    <name>NoticeWording</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 du %2</translation>
    </message>
    <message>
        <source>What the data is used for</source>
        <translation>À quoi servent les données</translation>
    </message>
    <message>
        <source>The purpose of this processing is: %1.</source>
        <translation>Ce traitement a pour finalité : %1.</translation>
    </message>
    <message>
        <source>In practice, it serves for:</source>
        <translation>Concrètement, ses fonctionnalités sont les suivantes :</translation>
    </message>
    <message>
        <source>The people concerned are:</source>
        <translation>Les personnes concernées sont :</translation>
    </message>
    <message>
        <source>Why the department may process it</source>
        <translation>Pourquoi la direction peut traiter ces données</translation>
    </message>
    <message>
        <source>The processing rests on %1.</source>
        <translation>Le traitement repose sur %1.</translation>
    </message>
    <message>
        <source>The register does not state its legal basis yet.</source>
        <translation>Le registre n&apos;indique pas encore sa base légale.</translation>
    </message>
    <message>
        <source>The texts it applies are:</source>
        <translation>Il applique les textes suivants :</translation>
    </message>
    <message>
        <source>The data and how long it is kept</source>
        <translation>Les données et leur durée de conservation</translation>
    </message>
    <message>
        <source>The register does not list its data yet.</source>
        <translation>Le registre n&apos;indique pas encore les données traitées.</translation>
    </message>
    <message>
        <source>Category of data</source>
        <translation>Catégorie de données</translation>
    </message>
    <message>
        <source>Kept for</source>
        <translation>Durée de conservation</translation>
    </message>
    <message>
        <source>not stated in the register</source>
        <translation>non précisée dans le registre</translation>
    </message>
    <message>
        <source>Where it comes from: %1.</source>
        <translation>Origine des données : %1.</translation>
    </message>
    <message>
        <source>Giving this data is mandatory.</source>
        <translation>La fourniture de ces données est obligatoire.</translation>
    </message>
    <message>
        <source>Giving this data is optional.</source>
        <translation>La fourniture de ces données est facultative.</translation>
    </message>
    <message>
        <source>Who receives it</source>
        <translation>Qui reçoit ces données</translation>
    </message>
    <message>
        <source>Nobody outside the department that runs the processing.</source>
        <translation>Personne en dehors de la direction qui exploite le traitement.</translation>
    </message>
    <message>
        <source>The data is passed to no one else, except where a law requires it, and never for commercial or advertising use.</source>
        <translation>Les données ne sont communiquées à personne d&apos;autre, sauf lorsqu&apos;une loi l&apos;exige, et jamais à des fins commerciales ou publicitaires.</translation>
    </message>
    <message>
        <source>Your rights and how to exercise them</source>
        <translation>Vos droits et comment les exercer</translation>
    </message>
    <message>
        <source>Act no. 1.565 of 3 December 2024 on the protection of personal data lets you ask for access to the data about you, have it corrected or erased, have its use limited, and object to its processing when it rests on a public interest or a legitimate interest.</source>
        <translation>La loi n° 1.565 du 3 décembre 2024 relative à la protection des données personnelles vous permet de demander l&apos;accès aux données qui vous concernent, leur rectification ou leur effacement, la limitation de leur utilisation, et de vous opposer à leur traitement lorsqu&apos;il repose sur un intérêt public ou sur un intérêt légitime.</translation>
    </message>
    <message>
        <source>by post, to: %1</source>
        <translation>par courrier, à l&apos;adresse : %1</translation>
    </message>
    <message>
        <source>with the online form: %1</source>
        <translation>au moyen du formulaire en ligne : %1</translation>
    </message>
    <message>
        <source>Send your request:</source>
        <translation>Adressez votre demande :</translation>
    </message>
    <message>
        <source>You may be asked to prove your identity with a copy of an identity document bearing your photograph. The copy is destroyed once your request has been dealt with.</source>
        <translation>Il peut vous être demandé de justifier de votre identité au moyen de la copie d&apos;une pièce d&apos;identité comportant votre photographie. Cette copie est détruite dès que votre demande a été traitée.</translation>
    </message>
    <message>
        <source>You will receive an answer within one month of the day your request arrives.</source>
        <translation>Une réponse vous sera adressée dans un délai d&apos;un mois à compter de la réception de votre demande.</translation>
    </message>
    <message>
        <source>If you consider that your rights have not been respected, you may refer the matter to the Personal Data Protection Authority (APDP).</source>
        <translation>Si vous estimez que vos droits n&apos;ont pas été respectés, vous pouvez saisir l&apos;Autorité de protection des données personnelles (APDP).</translation>
    </message>
    <message>
        <source>If you consider that your rights have not been respected, you may refer the matter to the supervisory authority:</source>
        <translation>Si vous estimez que vos droits n&apos;ont pas été respectés, vous pouvez saisir l&apos;autorité de contrôle :</translation>
    </message>
    <message>
        <source>Privacy notice — %1</source>
        <translation>Notice d&apos;information — %1</translation>
    </message>
    <message>
        <source>%1, as data controller, describes here the personal data it processes: what for, on which legal grounds, which data and for how long, who receives it, and how you can exercise your rights.</source>
        <translation>%1, en sa qualité de responsable du traitement, décrit ici les données personnelles qui font l&apos;objet de ses traitements : leurs finalités, leurs fondements juridiques, les données concernées et leur durée de conservation, leurs destinataires, et la manière d&apos;exercer vos droits.</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>Sommaire :</translation>
    </message>
    <message>
        <source>Notice drawn up on %1.</source>
        <translation>Notice établie le %1.</translation>
    </message>
    <message>
        <source>Privacy notice, page %1 / %2</source>
        <translation>Notice d&apos;information, page %1 / %2</translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message>
        <source>very weak</source>
        <translation>très faible</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>good</source>
        <translation>bonne</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>élevée</translation>
    </message>
    <message numerus="yes">
        <source>It must have at least %n characters.</source>
        <translation>
            <numerusform>Il doit comporter au moins %n caractère.</numerusform>
            <numerusform>Il doit comporter au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>It must not contain the login.</source>
        <translation>Il ne doit pas contenir l&apos;identifiant.</translation>
    </message>
    <message>
        <source>It must not contain the person&apos;s name.</source>
        <translation>Il ne doit pas contenir le nom de la personne.</translation>
    </message>
    <message>
        <source>It is too easy to guess.</source>
        <translation>Il est trop facile à deviner.</translation>
    </message>
    <message>
        <source>It is built on common words or names.</source>
        <translation>Il repose sur des mots ou des noms courants.</translation>
    </message>
    <message>
        <source>It contains a sequence, a repetition or a keyboard pattern.</source>
        <translation>Il contient une suite, une répétition ou une combinaison de touches voisines du clavier.</translation>
    </message>
    <message>
        <source>It contains a date or a year.</source>
        <translation>Il contient une date ou une année.</translation>
    </message>
    <message>
        <source>Add unrelated words or characters.</source>
        <translation>Ajoutez des mots ou des caractères sans rapport entre eux.</translation>
    </message>
</context>
<context>
    <name>PdfPages</name>
    <message>
        <source>This file is not a PDF, or the PDF is damaged or incomplete.</source>
        <translation>Ce fichier n&apos;est pas un PDF, ou le PDF est endommagé ou incomplet.</translation>
    </message>
    <message>
        <source>This PDF is protected by a password.</source>
        <translation>Ce PDF est protégé par un mot de passe.</translation>
    </message>
    <message>
        <source>This PDF cannot be opened with that password.</source>
        <translation>Ce PDF ne s&apos;ouvre pas avec ce mot de passe.</translation>
    </message>
    <message>
        <source>This PDF has no page, or it is damaged.</source>
        <translation>Ce PDF n&apos;a aucune page, ou il est endommagé.</translation>
    </message>
    <message numerus="yes">
        <source>This PDF has %n page(s); there is no page %1.</source>
        <translation>
            <numerusform>Ce PDF a %n page ; il n&apos;y a pas de page %1.</numerusform>
            <numerusform>Ce PDF a %n pages ; il n&apos;y a pas de page %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of this PDF is damaged and cannot be read.</source>
        <translation>La page %1 de ce PDF est endommagée et ne peut pas être lue.</translation>
    </message>
    <message>
        <source>Page %1 of this PDF has no size and cannot be drawn.</source>
        <translation>La page %1 de ce PDF n&apos;a pas de dimensions et ne peut pas être dessinée.</translation>
    </message>
    <message>
        <source>A page is drawn at 10 to 1200 dots per inch, not %1.</source>
        <translation>Une page se dessine entre 10 et 1200 points par pouce, pas %1.</translation>
    </message>
    <message>
        <source>This page is too large to be drawn at %1 dots per inch (more than 100 megapixels).</source>
        <translation>Cette page est trop grande pour être dessinée à %1 points par pouce (plus de 100 mégapixels).</translation>
    </message>
    <message>
        <source>Page %1 of this PDF could not be drawn; the file may be damaged.</source>
        <translation>La page %1 de ce PDF n&apos;a pas pu être dessinée ; le fichier est peut-être endommagé.</translation>
    </message>
</context>
<context>
    <name>PdfPrint</name>
    <message>
        <source>Print</source>
        <translation>Impression</translation>
    </message>
</context>
<context>
    <name>PdfSheets</name>
    <message>
        <source>The printer could not be used.</source>
        <translation>L&apos;imprimante n&apos;a pas pu être utilisée.</translation>
    </message>
</context>
<context>
    <name>PrivacyNoticeService</name>
    <message>
        <source>A notice is written in French (fr) or English (en), not &apos;%1&apos;.</source>
        <translation>Une notice est rédigée en français (fr) ou en anglais (en), et non en « %1 ».</translation>
    </message>
    <message>
        <source>The register has no processing of the department &quot;%1&quot; to tell the public about (drafts and retired processings are left out).</source>
        <translation>Le registre ne contient aucun traitement de la direction « %1 » à porter à la connaissance du public (les brouillons et les traitements retirés sont exclus).</translation>
    </message>
    <message>
        <source>A notice is written as a web page (.html) or a PDF (.pdf); the file name says which.</source>
        <translation>Une notice est produite sous forme de page web (.html) ou de PDF (.pdf) ; l&apos;extension du nom de fichier détermine le format.</translation>
    </message>
    <message>
        <source>The notice could not be written to %1.</source>
        <translation>La notice n&apos;a pas pu être écrite dans %1.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Le coffre-fort est verrouillé.</translation>
    </message>
    <message>
        <source>The online form&apos;s address is longer than %1 characters.</source>
        <translation>L&apos;adresse du formulaire en ligne dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>Write the online form&apos;s address on one line.</source>
        <translation>Écrivez l&apos;adresse du formulaire en ligne sur une seule ligne.</translation>
    </message>
    <message>
        <source>The online form&apos;s address must be a web address (https://…).</source>
        <translation>L&apos;adresse du formulaire en ligne doit être une adresse web (https://…).</translation>
    </message>
    <message>
        <source>The notice&apos;s settings could not be saved.</source>
        <translation>Les réglages de la notice n&apos;ont pas pu être enregistrés.</translation>
    </message>
</context>
<context>
    <name>ProcessingEditor</name>
    <message>
        <source>Entered in the register</source>
        <translation>Inscrit au registre</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Described</source>
        <translation>Décrit</translation>
    </message>
    <message>
        <source>Functionalities</source>
        <translation>Fonctionnalités</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base légale</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Legal texts</source>
        <translation>Textes applicables</translation>
    </message>
    <message>
        <source>People concerned</source>
        <translation>Personnes concernées</translation>
    </message>
    <message>
        <source>Data and retention</source>
        <translation>Données et conservation</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Transferts</translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation>Mesures de sécurité</translation>
    </message>
    <message>
        <source>Information of the people concerned</source>
        <translation>Information des personnes concernées</translation>
    </message>
    <message>
        <source>Exercise of rights</source>
        <translation>Exercice des droits</translation>
    </message>
    <message>
        <source>Source of the data</source>
        <translation>Origine des données</translation>
    </message>
    <message>
        <source>Whether the data must be given</source>
        <translation>Caractère obligatoire des données</translation>
    </message>
    <message>
        <source>What follows when it is not given</source>
        <translation>Conséquences d&apos;un défaut de réponse</translation>
    </message>
</context>
<context>
    <name>ProcessingRepository</name>
    <message>
        <source>The register cannot be read or written.</source>
        <translation>Le registre ne peut pas être lu ou écrit.</translation>
    </message>
    <message>
        <source>There is no such processing in the register.</source>
        <translation>Ce traitement ne figure pas au registre.</translation>
    </message>
    <message>
        <source>Unknown kind of access &quot;%1&quot;.</source>
        <translation>Type d&apos;accès « %1 » inconnu.</translation>
    </message>
    <message>
        <source>A processing cannot be linked to itself.</source>
        <translation>Un traitement ne peut pas être lié à lui-même.</translation>
    </message>
</context>
<context>
    <name>ProcessingService</name>
    <message>
        <source>Give the processing its purpose (its name in the register).</source>
        <translation>Indiquez la finalité du traitement (son nom au registre).</translation>
    </message>
    <message>
        <source>Every data category needs a name.</source>
        <translation>Chaque catégorie de données doit avoir un nom.</translation>
    </message>
    <message>
        <source>A retention period cannot be negative.</source>
        <translation>Une durée de conservation ne peut pas être négative.</translation>
    </message>
    <message>
        <source>There is no such processing in the register.</source>
        <translation>Ce traitement ne figure pas au registre.</translation>
    </message>
    <message>
        <source>The register already has a processing named &quot;%1&quot;.</source>
        <translation>Le registre contient déjà un traitement nommé « %1 ».</translation>
    </message>
    <message>
        <source>The register cannot be saved.</source>
        <translation>Le registre ne peut pas être enregistré.</translation>
    </message>
    <message>
        <source>Every link needs the name of the other processing.</source>
        <translation>Chaque lien doit indiquer le nom de l&apos;autre traitement.</translation>
    </message>
</context>
<context>
    <name>RegisterConsistency</name>
    <message>
        <source>The linked processing &quot;%1&quot; is not described in the register.</source>
        <translation>Le traitement lié « %1 » n&apos;est pas décrit au registre.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is kept %n day(s) here, longer than in the linked processing &quot;%2&quot; (%3 days).</source>
        <translation>
            <numerusform>Les données « %1 » sont conservées ici %n jour, plus longtemps que dans le traitement lié « %2 » (%3 jours).</numerusform>
            <numerusform>Les données « %1 » sont conservées ici %n jours, plus longtemps que dans le traitement lié « %2 » (%3 jours).</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; has maintenance access, but no security measure is written.</source>
        <translation>« %1 » dispose d&apos;un accès de maintenance, mais aucune mesure de sécurité n&apos;est décrite.</translation>
    </message>
    <message>
        <source>The processing is in operation, but no deliberation of the authority is linked to it.</source>
        <translation>Le traitement est en service, mais aucune délibération de l&apos;autorité n&apos;y est liée.</translation>
    </message>
    <message>
        <source>The retention of &quot;%1&quot; is written in words, with no number of days to count with.</source>
        <translation>La durée de conservation de « %1 » n&apos;est exprimée qu&apos;en texte, sans nombre de jours utilisable pour les calculs.</translation>
    </message>
</context>
<context>
    <name>RegisterExtract</name>
    <message>
        <source>Not stated in the register.</source>
        <translation>Information non renseignée au registre.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Submitted to the authority</source>
        <translation>Soumis à l&apos;autorité</translation>
    </message>
    <message>
        <source>Opinion received</source>
        <translation>Avis reçu</translation>
    </message>
    <message>
        <source>In operation</source>
        <translation>En service</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Obligation légale</translation>
    </message>
    <message>
        <source>Task in the public interest</source>
        <translation>Mission d&apos;intérêt public</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>Intérêt légitime</translation>
    </message>
    <message>
        <source>Vital interest</source>
        <translation>Intérêt vital</translation>
    </message>
    <message>
        <source>entry</source>
        <translation>saisie</translation>
    </message>
    <message>
        <source>update</source>
        <translation>mise à jour</translation>
    </message>
    <message>
        <source>consultation</source>
        <translation>consultation</translation>
    </message>
    <message>
        <source>maintenance</source>
        <translation>maintenance</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>Rapprochement</translation>
    </message>
    <message>
        <source>Interconnection</source>
        <translation>Interconnexion</translation>
    </message>
    <message>
        <source>Category of data</source>
        <translation>Catégorie de données</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Department (controller):</source>
        <translation>Direction (responsable du traitement) :</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <source>Other processings name this one, but it is not described in the register yet.</source>
        <translation>D&apos;autres traitements citent celui-ci, mais il n&apos;est pas encore décrit au registre.</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Finalité :</translation>
    </message>
    <message>
        <source>Functionalities:</source>
        <translation>Fonctionnalités :</translation>
    </message>
    <message>
        <source>People concerned:</source>
        <translation>Personnes concernées :</translation>
    </message>
    <message>
        <source>Legal basis:</source>
        <translation>Base légale :</translation>
    </message>
    <message>
        <source>Justification:</source>
        <translation>Justification :</translation>
    </message>
    <message>
        <source>Legal texts cited:</source>
        <translation>Textes cités :</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>Données :</translation>
    </message>
    <message>
        <source>Source of the data:</source>
        <translation>Origine des données :</translation>
    </message>
    <message>
        <source>Giving the data:</source>
        <translation>Fourniture des données :</translation>
    </message>
    <message>
        <source>mandatory</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultative</translation>
    </message>
    <message>
        <source>What follows when it is not given:</source>
        <translation>Conséquences d&apos;un défaut de réponse :</translation>
    </message>
    <message>
        <source>Information of the people concerned:</source>
        <translation>Information des personnes concernées :</translation>
    </message>
    <message>
        <source>Exercise of their rights:</source>
        <translation>Exercice de leurs droits :</translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation>Destinataires :</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Transfers outside Monaco:</source>
        <translation>Transferts hors de Monaco :</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 avec %2</translation>
    </message>
    <message>
        <source>Links to other processings:</source>
        <translation>Liens avec d&apos;autres traitements :</translation>
    </message>
    <message>
        <source>Linked from:</source>
        <translation>Cité par :</translation>
    </message>
    <message>
        <source>Security measures:</source>
        <translation>Mesures de sécurité :</translation>
    </message>
    <message>
        <source>Retention:</source>
        <translation>Conservation :</translation>
    </message>
    <message>
        <source>I. Purpose and functionalities</source>
        <translation>I. Finalité et fonctionnalités</translation>
    </message>
    <message>
        <source>II. Lawfulness: legal basis, justification and texts</source>
        <translation>II. Licéité : base légale, justification et textes</translation>
    </message>
    <message>
        <source>III. Data processed, their retention and their source</source>
        <translation>III. Données traitées, leur conservation et leur origine</translation>
    </message>
    <message>
        <source>IV. Information of the people concerned and exercise of their rights</source>
        <translation>IV. Information des personnes concernées et exercice de leurs droits</translation>
    </message>
    <message>
        <source>V. Recipients, access and transfers</source>
        <translation>V. Destinataires, accès et transferts</translation>
    </message>
    <message>
        <source>VI. Interconnections and matchings</source>
        <translation>VI. Interconnexions et rapprochements</translation>
    </message>
    <message>
        <source>VII. Security measures</source>
        <translation>VII. Mesures de sécurité</translation>
    </message>
    <message>
        <source>VIII. Retention of the data</source>
        <translation>VIII. Conservation des données</translation>
    </message>
    <message>
        <source>Register of processings</source>
        <translation>Registre des traitements</translation>
    </message>
    <message>
        <source>Register of processings — extract: %1</source>
        <translation>Registre des traitements — extrait : %1</translation>
    </message>
    <message>
        <source>Drawn up on %1.</source>
        <translation>Établi le %1.</translation>
    </message>
    <message>
        <source>Kept by %1; drawn up on %2.</source>
        <translation>Tenu par %1 ; établi le %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n processing(s) described in the register.</source>
        <translation>
            <numerusform>%n traitement décrit au registre.</numerusform>
            <numerusform>%n traitements décrits au registre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, le %2</translation>
    </message>
    <message>
        <source>Register of processings, page %1 / %2</source>
        <translation>Registre des traitements, page %1 / %2</translation>
    </message>
</context>
<context>
    <name>RegisterExtractService</name>
    <message>
        <source>The register describes no processing yet.</source>
        <translation>Le registre ne décrit encore aucun traitement.</translation>
    </message>
    <message>
        <source>There is no such processing in the register.</source>
        <translation>Ce traitement ne figure pas au registre.</translation>
    </message>
    <message>
        <source>The extract of the register could not be exported.</source>
        <translation>L&apos;extrait du registre n&apos;a pas pu être exporté.</translation>
    </message>
</context>
<context>
    <name>RegisterGraphView</name>
    <message>
        <source>Not in the register</source>
        <translation>Hors registre</translation>
    </message>
</context>
<context>
    <name>RequestLabels</name>
    <message>
        <source>Post</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Online form</source>
        <translation>Formulaire en ligne</translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation>Au guichet</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation>Anonymisée</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>surname, first name</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>RequestRepository</name>
    <message>
        <source>The rights cannot be read.</source>
        <translation>Les droits ne peuvent pas être lus.</translation>
    </message>
    <message>
        <source>The next request number cannot be read.</source>
        <translation>Le prochain numéro de demande ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The request cannot be recorded.</source>
        <translation>La demande ne peut pas être enregistrée.</translation>
    </message>
    <message>
        <source>Unknown right &quot;%1&quot;.</source>
        <translation>Droit « %1 » inconnu.</translation>
    </message>
    <message>
        <source>The request cannot be read.</source>
        <translation>La demande ne peut pas être lue.</translation>
    </message>
    <message>
        <source>The request cannot be updated.</source>
        <translation>La demande ne peut pas être mise à jour.</translation>
    </message>
    <message>
        <source>The request changed meanwhile; reload it and try again.</source>
        <translation>La demande a été modifiée entre-temps : rechargez-la, puis réessayez.</translation>
    </message>
    <message>
        <source>The deadline of this request was already extended.</source>
        <translation>Le délai de cette demande a déjà été prolongé.</translation>
    </message>
    <message>
        <source>The request history cannot be read.</source>
        <translation>L&apos;historique de la demande ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The requests cannot be listed.</source>
        <translation>Les demandes ne peuvent pas être listées.</translation>
    </message>
    <message>
        <source>The requests cannot be counted.</source>
        <translation>Les demandes ne peuvent pas être comptées.</translation>
    </message>
    <message>
        <source>A processing concerned is not in the register.</source>
        <translation>Un traitement concerné ne figure pas au registre.</translation>
    </message>
    <message>
        <source>Someone changed this request after you opened it. Reload it to see their changes, then make yours again.</source>
        <translation>Quelqu&apos;un a modifié cette demande depuis que vous l&apos;avez ouverte. Rechargez-la pour voir ses modifications, puis refaites les vôtres.</translation>
    </message>
    <message>
        <source>The note cannot be recorded.</source>
        <translation>La note ne peut pas être enregistrée.</translation>
    </message>
    <message>
        <source>The notes cannot be read.</source>
        <translation>Les notes ne peuvent pas être lues.</translation>
    </message>
    <message>
        <source>The ended requests cannot be listed.</source>
        <translation>Les demandes terminées ne peuvent pas être listées.</translation>
    </message>
    <message>
        <source>The request cannot be anonymised.</source>
        <translation>La demande ne peut pas être anonymisée.</translation>
    </message>
    <message>
        <source>Only an ended request that was not anonymised before can be anonymised.</source>
        <translation>Seule une demande terminée et pas encore anonymisée peut être anonymisée.</translation>
    </message>
</context>
<context>
    <name>RequestService</name>
    <message>
        <source>Enter the requester&apos;s surname.</source>
        <translation>Saisissez le nom du demandeur.</translation>
    </message>
    <message>
        <source>Choose at least one right.</source>
        <translation>Choisissez au moins un droit.</translation>
    </message>
    <message>
        <source>The date of receipt must be a past or today&apos;s date.</source>
        <translation>La date de réception doit être antérieure ou égale à la date du jour.</translation>
    </message>
    <message>
        <source>Letters are written in French or English.</source>
        <translation>Les courriers sont rédigés en français ou en anglais.</translation>
    </message>
    <message>
        <source>Say what the agent&apos;s mandate covers.</source>
        <translation>Indiquez l&apos;objet du mandat du mandataire.</translation>
    </message>
    <message>
        <source>The request cannot be recorded.</source>
        <translation>La demande ne peut pas être enregistrée.</translation>
    </message>
    <message>
        <source>There is no such request.</source>
        <translation>Cette demande n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The request cannot be updated.</source>
        <translation>La demande ne peut pas être mise à jour.</translation>
    </message>
    <message>
        <source>An extension needs its reasons: they are given to the requester.</source>
        <translation>Une prolongation doit être motivée : les motifs sont communiqués au demandeur.</translation>
    </message>
    <message>
        <source>This request has ended; its deadline cannot be extended.</source>
        <translation>Cette demande est terminée : son délai ne peut plus être prolongé.</translation>
    </message>
    <message>
        <source>The deadline of this request was already extended.</source>
        <translation>Le délai de cette demande a déjà été prolongé.</translation>
    </message>
    <message>
        <source>The first deadline (%1) has passed: the extension had to be notified before it.</source>
        <translation>Le premier délai (%1) est dépassé : la prolongation devait être notifiée avant cette date.</translation>
    </message>
    <message>
        <source>This request has ended; its findings can no longer change.</source>
        <translation>Cette demande est terminée : ses constats ne peuvent plus changer.</translation>
    </message>
    <message>
        <source>This request is %1: it can no longer be edited.</source>
        <translation>Cette demande est à l&apos;état « %1 » : elle ne peut plus être modifiée.</translation>
    </message>
    <message>
        <source>Someone changed this request after you opened it. Reload it to see their changes, then make yours again.</source>
        <translation>Quelqu&apos;un a modifié cette demande depuis que vous l&apos;avez ouverte. Rechargez-la pour voir ses modifications, puis refaites les vôtres.</translation>
    </message>
    <message>
        <source>The date of receipt stays in %1, the year of the reference %2.</source>
        <translation>La date de réception reste en %1, l&apos;année de la référence %2.</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>La note est vide.</translation>
    </message>
    <message>
        <source>The note cannot be recorded.</source>
        <translation>La note ne peut pas être enregistrée.</translation>
    </message>
    <message>
        <source>Say how the requester was identified.</source>
        <translation>Indiquez comment le demandeur a été identifié.</translation>
    </message>
    <message>
        <source>Identified otherwise: %1</source>
        <translation>Identifié autrement : %1</translation>
    </message>
    <message>
        <source>Copy of the identity document captured at intake</source>
        <translation>Copie de la pièce d&apos;identité saisie à la réception</translation>
    </message>
    <message>
        <source>The date of receipt can no longer be corrected: the deadline was extended from it.</source>
        <translation>La date de réception ne peut plus être corrigée : le délai a été prolongé à partir d&apos;elle.</translation>
    </message>
    <message>
        <source>A processing is listed twice among those concerned.</source>
        <translation>Un traitement figure deux fois parmi les traitements concernés.</translation>
    </message>
    <message>
        <source>Enter the agent&apos;s postal address: the reply goes to the agent.</source>
        <translation>Saisissez l&apos;adresse postale du mandataire : la réponse lui est adressée.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>There is no account &quot;%1&quot; in this vault.</source>
        <translation>Il n&apos;existe aucun compte « %1 » dans ce coffre-fort.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Le coffre-fort est verrouillé.</translation>
    </message>
    <message>
        <source>Change your password first.</source>
        <translation>Modifiez d&apos;abord votre mot de passe.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Votre rôle ne permet pas cette action.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Le mot de passe actuel est incorrect.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Le nouveau mot de passe doit être différent du mot de passe actuel.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled. Ask an administrator to enable it.</source>
        <translation>Le compte « %1 » est désactivé. Demandez à un administrateur de le réactiver.</translation>
    </message>
    <message>
        <source>The vault key could not be changed yet (%1); it will be changed at the next sign-in.</source>
        <translation>La clé du coffre-fort n&apos;a pas encore pu être changée (%1) ; elle le sera à la prochaine connexion.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The setting could not be saved.</source>
        <translation>Le paramètre n&apos;a pas pu être enregistré.</translation>
    </message>
</context>
<context>
    <name>SettingsService</name>
    <message>
        <source>The lock delay must be between 0 and 240 minutes.</source>
        <translation>Le délai de verrouillage doit être compris entre 0 et 240 minutes.</translation>
    </message>
    <message>
        <source>The minimum password length must be between 8 and 128.</source>
        <translation>La longueur minimale du mot de passe doit être comprise entre 8 et 128.</translation>
    </message>
    <message>
        <source>The renewal period must be between 0 and 3650 days.</source>
        <translation>La durée de renouvellement doit être comprise entre 0 et 3650 jours.</translation>
    </message>
    <message>
        <source>The settings could not be saved.</source>
        <translation>Les paramètres n&apos;ont pas pu être enregistrés.</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>The database is not encrypted; Habeas refuses to use it.</source>
        <translation>La base de données n&apos;est pas chiffrée : Habeas refuse de l&apos;utiliser.</translation>
    </message>
    <message>
        <source>The database file cannot be opened.</source>
        <translation>Le fichier de la base de données ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>The database file is damaged or has been tampered with; restore it from a backup.</source>
        <translation>Le fichier de la base de données est endommagé ou a été altéré. Restaurez-le à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>The vault cannot be read.</source>
        <translation>Le coffre-fort ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The vault cannot be configured.</source>
        <translation>Le coffre-fort ne peut pas être configuré.</translation>
    </message>
    <message>
        <source>The vault&apos;s journal cannot be set up.</source>
        <translation>Le journal du coffre-fort ne peut pas être mis en place.</translation>
    </message>
    <message>
        <source>A vault already exists at %1; choose another name or location.</source>
        <translation>Un coffre-fort existe déjà à l&apos;emplacement %1 : choisissez un autre nom ou un autre dossier.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The administrator&apos;s login is empty.</source>
        <translation>L&apos;identifiant de l&apos;administrateur est vide.</translation>
    </message>
    <message>
        <source>The vault cannot be created.</source>
        <translation>Le coffre-fort ne peut pas être créé.</translation>
    </message>
    <message>
        <source>The database was written without encryption; Habeas refuses to use it.</source>
        <translation>La base de données a été écrite sans chiffrement : Habeas refuse de l&apos;utiliser.</translation>
    </message>
    <message>
        <source>There is no vault at %1.</source>
        <translation>Il n&apos;y a aucun coffre-fort à l&apos;emplacement %1.</translation>
    </message>
    <message>
        <source>The key file %1 is missing. Without it the vault cannot be opened; restore it from a backup.</source>
        <translation>Le fichier de clés %1 est introuvable. Sans lui, le coffre-fort ne peut pas être ouvert. Restaurez ce fichier à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>The vault is not open for writing.</source>
        <translation>Le coffre-fort n&apos;est pas ouvert en écriture.</translation>
    </message>
    <message>
        <source>The vault is not open.</source>
        <translation>Le coffre-fort n&apos;est pas ouvert.</translation>
    </message>
    <message>
        <source>The vault cannot be checked.</source>
        <translation>Le coffre-fort ne peut pas être vérifié.</translation>
    </message>
    <message>
        <source>A backup cannot replace the vault it is made from.</source>
        <translation>Une sauvegarde ne peut pas remplacer le coffre-fort dont elle est issue.</translation>
    </message>
    <message>
        <source>A file already exists at %1; choose another name for the backup.</source>
        <translation>Un fichier existe déjà à l&apos;emplacement %1 : choisissez un autre nom pour la sauvegarde.</translation>
    </message>
    <message>
        <source>The backup could not be written.</source>
        <translation>La sauvegarde n&apos;a pas pu être écrite.</translation>
    </message>
    <message>
        <source>The disk is full: free some space and try again.</source>
        <translation>Le disque est plein : libérez de l&apos;espace, puis réessayez.</translation>
    </message>
    <message>
        <source>The copy did not match the vault.</source>
        <translation>La copie ne correspond pas au coffre-fort.</translation>
    </message>
    <message>
        <source>The backup and the vault to restore are the same file.</source>
        <translation>La sauvegarde et le coffre-fort à restaurer sont le même fichier.</translation>
    </message>
    <message>
        <source>The backup is damaged and cannot be restored.</source>
        <translation>La sauvegarde est endommagée et ne peut pas être restaurée.</translation>
    </message>
    <message>
        <source>The backup could not be restored.</source>
        <translation>La sauvegarde n&apos;a pas pu être restaurée.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts for this account. Try again in %n second(s).</source>
        <translation>
            <numerusform>Trop de tentatives infructueuses pour ce compte. Réessayez dans %n seconde.</numerusform>
            <numerusform>Trop de tentatives infructueuses pour ce compte. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The account cannot be updated.</source>
        <translation>Le compte ne peut pas être mis à jour.</translation>
    </message>
    <message>
        <source>The password cannot be changed.</source>
        <translation>Le mot de passe ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>The journal could not be written back.</source>
        <translation>Le journal n&apos;a pas pu être reporté dans la base.</translation>
    </message>
    <message>
        <source>The journal could not be written back: the database is busy.</source>
        <translation>Le journal n&apos;a pas pu être reporté dans la base : la base de données est occupée.</translation>
    </message>
    <message>
        <source>The vault key cannot be changed.</source>
        <translation>La clé du coffre-fort ne peut pas être changée.</translation>
    </message>
    <message>
        <source>The vault key could not be changed.</source>
        <translation>La clé du coffre-fort n&apos;a pas pu être changée.</translation>
    </message>
    <message>
        <source>The vault already has a key for identity documents.</source>
        <translation>Le coffre-fort a déjà une clé pour les pièces d&apos;identité.</translation>
    </message>
    <message>
        <source>The key for identity documents cannot be created.</source>
        <translation>La clé des pièces d&apos;identité ne peut pas être créée.</translation>
    </message>
    <message>
        <source>Your account does not hold the key for identity documents.</source>
        <translation>Votre compte ne détient pas la clé des pièces d&apos;identité.</translation>
    </message>
    <message>
        <source>The key for identity documents cannot be given to the account.</source>
        <translation>La clé des pièces d&apos;identité ne peut pas être remise à ce compte.</translation>
    </message>
    <message>
        <source>The key for identity documents cannot be replaced.</source>
        <translation>La clé des pièces d&apos;identité ne peut pas être remplacée.</translation>
    </message>
</context>
<context>
    <name>VaultLock</name>
    <message>
        <source>an unknown computer</source>
        <translation>un ordinateur inconnu</translation>
    </message>
    <message>
        <source>another Habeas (process %1) on %2</source>
        <translation>une autre instance d&apos;Habeas (processus %1) sur %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 on %2 since %3</source>
        <translation>%1 sur %2 depuis %3</translation>
    </message>
    <message>
        <source>This vault is already open: it is in use by %1. Close Habeas there, or wait, then try again.</source>
        <translation>Ce coffre-fort est déjà ouvert : il est utilisé par %1. Fermez Habeas sur ce poste, ou patientez, puis réessayez.</translation>
    </message>
    <message>
        <source>The vault cannot be opened for writing.</source>
        <translation>Le coffre-fort ne peut pas être ouvert en écriture.</translation>
    </message>
    <message>
        <source>The vault cannot be locked for use.</source>
        <translation>Le verrou d&apos;utilisation du coffre-fort ne peut pas être posé.</translation>
    </message>
</context>
<context>
    <name>VaultService</name>
    <message>
        <source>The vault is locked.</source>
        <translation>Le coffre-fort est verrouillé.</translation>
    </message>
    <message>
        <source>Only an administrator may restore a backup.</source>
        <translation>Seul un administrateur peut restaurer une sauvegarde.</translation>
    </message>
    <message>
        <source>Change your password first.</source>
        <translation>Modifiez d&apos;abord votre mot de passe.</translation>
    </message>
    <message>
        <source>The replaced vault is kept at %1, but its identity documents could not be destroyed: %2</source>
        <translation>Le coffre-fort remplacé est conservé sous %1, mais ses pièces d&apos;identité n&apos;ont pas pu être détruites : %2</translation>
    </message>
    <message>
        <source>The backup is in place, but the restore could not be recorded in its audit log: %1</source>
        <translation>La sauvegarde est en place, mais la restauration n&apos;a pas pu être inscrite dans son journal d&apos;audit : %1</translation>
    </message>
    <message>
        <source>The identity documents of the replaced vault cannot be destroyed.</source>
        <translation>Les pièces d&apos;identité du coffre-fort remplacé ne peuvent pas être détruites.</translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s full name.</source>
        <translation>Saisissez le nom complet de l&apos;administrateur.</translation>
    </message>
    <message>
        <source>Only an administrator of the replaced vault may clean it.</source>
        <translation>Seul un administrateur du coffre-fort remplacé peut le nettoyer.</translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot; in this vault.</source>
        <translation>Il n&apos;existe aucun compte « %1 » dans ce coffre-fort.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled.</source>
        <translation>Le compte « %1 » est désactivé.</translation>
    </message>
    <message>
        <source>Your role does not allow checking the vault.</source>
        <translation>Votre rôle ne permet pas de vérifier le coffre-fort.</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <source>Identity check</source>
        <translation>Vérification d&apos;identité</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Répondue</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>This request is already %1; it cannot change state any more.</source>
        <translation>Cette demande est déjà %1 : son état ne peut plus changer.</translation>
    </message>
    <message>
        <source>A request in the state &quot;%1&quot; cannot go to &quot;%2&quot;. Possible next states: %3.</source>
        <translation>Une demande à l&apos;état « %1 » ne peut pas passer à « %2 ». États suivants possibles : %3.</translation>
    </message>
    <message>
        <source>A refusal needs its reason: it is printed in the letter.</source>
        <translation>Un refus doit être motivé : le motif figure dans le courrier.</translation>
    </message>
</context>
<context>
    <name>habeas::AboutDialog</name>
    <message>
        <source>About Habeas</source>
        <translation>À propos d&apos;Habeas</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Case desk for a data-protection office: the register of processings, the authority&apos;s deliberations and their conditions, and requests from people exercising their rights.</source>
        <translation>Gestion des dossiers d&apos;un service de protection des données : le registre des traitements, les délibérations de l&apos;autorité et leurs conditions, et les demandes des personnes qui exercent leurs droits.</translation>
    </message>
    <message>
        <source>Libraries in use</source>
        <translation>Bibliothèques utilisées</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
</context>
<context>
    <name>habeas::AccountsModel</name>
    <message>
        <source>Clerk</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>DPO</source>
        <translation>DPO</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>Mot de passe à modifier</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Mot de passe modifié le</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Dernière connexion</translation>
    </message>
</context>
<context>
    <name>habeas::AccountsPage</name>
    <message>
        <source>&lt;h2&gt;Accounts&lt;/h2&gt;Each person has an individual account. Disabled accounts cannot open the vault.</source>
        <translation>&lt;h2&gt;Comptes&lt;/h2&gt;Chaque personne dispose d&apos;un compte individuel. Les comptes désactivés ne peuvent pas ouvrir le coffre-fort.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;Nouveau compte…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Réinitialiser le mot de passe…</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s).</source>
        <translation>
            <numerusform>%n compte.</numerusform>
            <numerusform>%n comptes.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>Ré&amp;activer</translation>
    </message>
    <message>
        <source>Account %1 created. The person must change the temporary password at first sign-in.</source>
        <translation>Le compte %1 a été créé. La personne devra modifier le mot de passe provisoire à sa première connexion.</translation>
    </message>
    <message>
        <source>Disable an account</source>
        <translation>Désactiver un compte</translation>
    </message>
    <message>
        <source>The password of %1 was reset; they must change it at next sign-in.</source>
        <translation>Le mot de passe du compte %1 a été réinitialisé : la personne devra le modifier à sa prochaine connexion.</translation>
    </message>
    <message>
        <source>Account %1 enabled; they must change the temporary password at next sign-in.</source>
        <translation>Le compte %1 est réactivé : la personne devra modifier le mot de passe provisoire à sa prochaine connexion.</translation>
    </message>
    <message>
        <source>Disable the account %1? That person will no longer be able to open the vault: their password is removed from the key file and the vault key is changed, so that no older copy of the key file opens it either. Changing the key takes about as long as a backup.</source>
        <translation>Désactiver le compte %1 ? Cette personne ne pourra plus ouvrir le coffre-fort : son mot de passe est retiré du fichier de clés et la clé du coffre-fort est changée, si bien qu&apos;aucune copie antérieure du fichier de clés ne l&apos;ouvre non plus. Le changement de clé dure à peu près autant qu&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>Disabling %1 and changing the vault key…</source>
        <translation>Désactivation de %1 et changement de la clé du coffre-fort…</translation>
    </message>
    <message>
        <source>Account %1 disabled; the vault key is changed.</source>
        <translation>Compte %1 désactivé ; la clé du coffre-fort est changée.</translation>
    </message>
</context>
<context>
    <name>habeas::AdministratorPage</name>
    <message>
        <source>The first administrator</source>
        <translation>Le premier administrateur</translation>
    </message>
    <message>
        <source>The administrator manages accounts, settings and backups. Choose a long password: it protects every record in the vault.</source>
        <translation>L&apos;administrateur gère les comptes, les paramètres et les sauvegardes. Choisissez un mot de passe long : il protège tous les enregistrements du coffre-fort.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Confirmation du mot de passe</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Nom complet :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Confirmation :</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe ne correspondent pas.</translation>
    </message>
</context>
<context>
    <name>habeas::AgentForm</name>
    <message>
        <source>Agent&apos;s name</source>
        <translation>Nom du mandataire</translation>
    </message>
    <message>
        <source>Agent&apos;s na&amp;me:</source>
        <translation>Nom du man&amp;dataire :</translation>
    </message>
    <message>
        <source>Object of the mandate</source>
        <translation>Objet du mandat</translation>
    </message>
    <message>
        <source>&amp;Object of the mandate:</source>
        <translation>&amp;Objet du mandat :</translation>
    </message>
    <message>
        <source>&amp;Valid until</source>
        <translation>&amp;Valable jusqu&apos;au</translation>
    </message>
    <message>
        <source>End of the mandate</source>
        <translation>Fin du mandat</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Durée :</translation>
    </message>
    <message>
        <source>The agent may receive the re&amp;ply</source>
        <translation>Le mandataire peut recevoir la ré&amp;ponse</translation>
    </message>
    <message>
        <source>[x] %1</source>
        <translation>[x] %1</translation>
    </message>
    <message>
        <source>[ ] %1</source>
        <translation>[ ] %1</translation>
    </message>
    <message>
        <source>No agent: the requester acts in person.</source>
        <translation>Pas de mandataire : le demandeur agit en personne.</translation>
    </message>
    <message>
        <source>identity of the person represented</source>
        <translation>identité de la personne représentée</translation>
    </message>
    <message>
        <source>identity of the agent</source>
        <translation>identité du mandataire</translation>
    </message>
    <message>
        <source>object of the mandate</source>
        <translation>objet du mandat</translation>
    </message>
    <message>
        <source>duration of the mandate</source>
        <translation>durée du mandat</translation>
    </message>
    <message>
        <source>[x] the agent may receive the reply</source>
        <translation>[x] le mandataire peut recevoir la réponse</translation>
    </message>
    <message>
        <source>[x] the reply goes to the requester, not to the agent</source>
        <translation>[x] la réponse va au demandeur, pas au mandataire</translation>
    </message>
    <message>
        <source>Agent&apos;s postal address</source>
        <translation>Adresse postale du mandataire</translation>
    </message>
    <message>
        <source>Agent&apos;s a&amp;ddress:</source>
        <translation>A&amp;dresse du mandataire :</translation>
    </message>
</context>
<context>
    <name>habeas::AuditLogModel</name>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
</context>
<context>
    <name>habeas::AuditLogPage</name>
    <message>
        <source>&lt;h2&gt;Audit log&lt;/h2&gt;Every sign-in, change, view of personal data, export, backup and destruction, newest first. Entries are chained: any later change shows.</source>
        <translation>&lt;h2&gt;Journal d&apos;audit&lt;/h2&gt;Toutes les connexions, modifications, consultations de données personnelles, exportations, sauvegardes et destructions, de la plus récente à la plus ancienne. Les entrées sont chaînées : toute modification ultérieure est décelable.</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>&amp;Vérifier la chaîne</translation>
    </message>
    <message>
        <source>&amp;Export the head…</source>
        <translation>&amp;Exporter la tête de chaîne…</translation>
    </message>
    <message numerus="yes">
        <source>The chain is whole: %n entries verified.</source>
        <translation>
            <numerusform>La chaîne est intacte : %n entrée vérifiée.</numerusform>
            <numerusform>La chaîne est intacte : %n entrées vérifiées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Head: entry %1, %2</source>
        <translation>Tête de chaîne : entrée %1, %2</translation>
    </message>
    <message>
        <source>The chain is BROKEN at entry %1: the log was altered. Keep this vault as it is and alert the DPO.</source>
        <translation>La chaîne est ROMPUE à l&apos;entrée %1 : le journal a été altéré. Conservez ce coffre-fort en l&apos;état et prévenez le DPO.</translation>
    </message>
    <message>
        <source>Export the audit log head</source>
        <translation>Exporter la tête de chaîne du journal d&apos;audit</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Head exported: entry %1. Vault creator&apos;s key: %2.</source>
        <translation>Tête exportée : entrée %1. Clé du créateur du coffre-fort : %2.</translation>
    </message>
</context>
<context>
    <name>habeas::ChangePasswordDialog</name>
    <message>
        <source>Change your password — Habeas</source>
        <translation>Modifier votre mot de passe — Habeas</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Confirmation du nouveau mot de passe</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Mot de passe actuel :</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Confirmation :</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>Modi&amp;fier le mot de passe</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Les deux nouveaux mots de passe ne correspondent pas.</translation>
    </message>
</context>
<context>
    <name>habeas::ConditionsBoardPage</name>
    <message>
        <source>&lt;h2&gt;Conditions to follow&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Conditions à suivre&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>The conditions of the authority&apos;s deliberations still open or in progress. Enter or a double click opens the deliberation at that condition.</source>
        <translation>Les conditions des délibérations de l&apos;autorité encore ouvertes ou en cours. Entrée ou un double-clic ouvre la délibération sur cette condition.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable :</translation>
    </message>
    <message>
        <source>Conditions to follow</source>
        <translation>Conditions à suivre</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Personne pour l&apos;instant</translation>
    </message>
    <message>
        <source>No condition to follow here.</source>
        <translation>Aucune condition à suivre ici.</translation>
    </message>
    <message numerus="yes">
        <source>%n condition(s) to follow</source>
        <translation>
            <numerusform>%n condition à suivre</numerusform>
            <numerusform>%n conditions à suivre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation>
            <numerusform>, dont %n en retard</numerusform>
            <numerusform>, dont %n en retard</numerusform>
        </translation>
    </message>
    <message>
        <source>Not measured</source>
        <translation>Non mesurée</translation>
    </message>
</context>
<context>
    <name>habeas::ConditionsModel</name>
    <message>
        <source>No date</source>
        <translation>Sans date</translation>
    </message>
    <message numerus="yes">
        <source>%1 — overdue by %n day(s)</source>
        <translation>
            <numerusform>%1 — en retard de %n jour</numerusform>
            <numerusform>%1 — en retard de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — due today</source>
        <translation>%1 — échéance aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n day(s) left</source>
        <translation>
            <numerusform>%1 — %n jour restant</numerusform>
            <numerusform>%1 — %n jours restants</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Deliberation</source>
        <translation>Délibération</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Justificatif</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Mesure</translation>
    </message>
</context>
<context>
    <name>habeas::CreateVaultWizard</name>
    <message>
        <source>Create a vault — Habeas</source>
        <translation>Créer un coffre-fort — Habeas</translation>
    </message>
    <message>
        <source>&amp;Create the vault</source>
        <translation>C&amp;réer le coffre-fort</translation>
    </message>
    <message>
        <source>Create a vault</source>
        <translation>Créer un coffre-fort</translation>
    </message>
</context>
<context>
    <name>habeas::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Overdue requests</source>
        <translation>Demandes en retard</translation>
    </message>
    <message>
        <source>Requests due within five working days</source>
        <translation>Demandes à rendre sous cinq jours ouvrés</translation>
    </message>
    <message>
        <source>Requests waiting for identity proof</source>
        <translation>Demandes en attente du justificatif d&apos;identité</translation>
    </message>
    <message>
        <source>Requests with an extended deadline</source>
        <translation>Demandes au délai prolongé</translation>
    </message>
    <message>
        <source>Requests received by month</source>
        <translation>Demandes reçues par mois</translation>
    </message>
    <message numerus="yes">
        <source>due %1, overdue by %n day(s)</source>
        <translation>
            <numerusform>échéance le %1, en retard de %n jour</numerusform>
            <numerusform>échéance le %1, en retard de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>échéance le %1</translation>
    </message>
    <message>
        <source>%1 — %2 %3 — %4</source>
        <translation>%1 — %2 %3 — %4</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more in the request list</source>
        <translation>
            <numerusform>… et %n autre dans la liste des demandes</numerusform>
            <numerusform>… et %n autres dans la liste des demandes</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message numerus="yes">
        <source>Overdue: %n</source>
        <translation>
            <numerusform>En retard : %n</numerusform>
            <numerusform>En retard : %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due within five working days: %n</source>
        <translation>
            <numerusform>À rendre sous cinq jours ouvrés : %n</numerusform>
            <numerusform>À rendre sous cinq jours ouvrés : %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting for identity proof: %n</source>
        <translation>
            <numerusform>En attente du justificatif d&apos;identité : %n</numerusform>
            <numerusform>En attente du justificatif d&apos;identité : %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deadline extended: %n</source>
        <translation>
            <numerusform>Délai prolongé : %n</numerusform>
            <numerusform>Délai prolongé : %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests received</source>
        <translation>Demandes reçues</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Requests received in %1, by month</source>
        <translation>Demandes reçues en %1, par mois</translation>
    </message>
    <message>
        <source>No request received in %1 yet.</source>
        <translation>Aucune demande reçue en %1 pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Received in %1: %2.</source>
        <translation>Reçues en %1 : %2.</translation>
    </message>
    <message>
        <source>Requests received in %1 (%2), by right:</source>
        <translation>Demandes reçues en %1 (%2), par droit :</translation>
    </message>
    <message>
        <source>No reply sent in %1 yet.</source>
        <translation>Aucune réponse envoyée en %1 pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Replies on time in %1: %2 of %3 (%4 %)</source>
        <translation>Réponses dans les délais en %1 : %2 sur %3 (%4 %)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
</context>
<context>
    <name>habeas::DeliberationImportDialog</name>
    <message>
        <source>Kind of condition</source>
        <translation>Nature de la condition</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Non trouvée</translation>
    </message>
    <message>
        <source>Import a deliberation</source>
        <translation>Importer une délibération</translation>
    </message>
    <message>
        <source>Import a deliberation from %1</source>
        <translation>Importer une délibération depuis %1</translation>
    </message>
    <message>
        <source>Everything expected in a deliberation was found in this text. Check each field before importing.</source>
        <translation>Tous les éléments attendus d&apos;une délibération ont été trouvés dans ce texte. Vérifiez chaque champ avant l&apos;import.</translation>
    </message>
    <message>
        <source>Not found in the text: %1. Everything found is shown; fill in what is needed, nothing else is guessed.</source>
        <translation>Éléments introuvables dans le texte : %1. Tout ce qui a été trouvé est affiché ; complétez ce qui est nécessaire, rien d&apos;autre n&apos;est deviné.</translation>
    </message>
    <message>
        <source>&amp;Open it</source>
        <translation>L&apos;&amp;ouvrir</translation>
    </message>
    <message>
        <source>Import as a new &amp;version</source>
        <translation>Importer comme nouvelle &amp;version</translation>
    </message>
    <message>
        <source>Replaces the recorded text, keeps its conditions and their follow-up, adds the conditions that are new and keeps the text replaced.</source>
        <translation>Remplace le texte enregistré, conserve ses conditions et leur suivi, ajoute les nouvelles conditions et conserve le texte remplacé.</translation>
    </message>
    <message>
        <source>Text as read</source>
        <translation>Texte tel que lu</translation>
    </message>
    <message>
        <source>Te&amp;xt as read:</source>
        <translation>Te&amp;xte tel que lu :</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Références du Journal de Monaco</translation>
    </message>
    <message>
        <source>Section headings</source>
        <translation>Titres des sections</translation>
    </message>
    <message>
        <source>Closing decision</source>
        <translation>Dispositif</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Numéro :</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autorité</translation>
    </message>
    <message>
        <source>&amp;Authority:</source>
        <translation>&amp;Autorité :</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Nat&amp;ure :</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>Obj&amp;et :</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>Presented by</source>
        <translation>Présentée par</translation>
    </message>
    <message>
        <source>&amp;Presented by:</source>
        <translation>&amp;Présentée par :</translation>
    </message>
    <message>
        <source>Operating department</source>
        <translation>Direction exploitante</translation>
    </message>
    <message>
        <source>Used to suggest the processing to link; not recorded with the deliberation.</source>
        <translation>Sert à proposer le traitement à lier ; elle n&apos;est pas enregistrée avec la délibération.</translation>
    </message>
    <message>
        <source>Operating d&amp;epartment:</source>
        <translation>Di&amp;rection exploitante :</translation>
    </message>
    <message>
        <source>Journal de Monaco number</source>
        <translation>Numéro du Journal de Monaco</translation>
    </message>
    <message>
        <source>&amp;Journal no.:</source>
        <translation>N° du &amp;Journal :</translation>
    </message>
    <message>
        <source>Journal de Monaco date</source>
        <translation>Date du Journal de Monaco</translation>
    </message>
    <message>
        <source>Journal&apos;s p&amp;ublication:</source>
        <translation>Pu&amp;blication du Journal :</translation>
    </message>
    <message>
        <source>Processing to link</source>
        <translation>Traitement à lier</translation>
    </message>
    <message>
        <source>P&amp;rocessing to link:</source>
        <translation>Traitement à &amp;lier :</translation>
    </message>
    <message>
        <source>Deliberations cited</source>
        <translation>Délibérations citées</translation>
    </message>
    <message>
        <source>&amp;Cited:</source>
        <translation>&amp;Citées :</translation>
    </message>
    <message>
        <source>Sections found</source>
        <translation>Sections trouvées</translation>
    </message>
    <message>
        <source>Sections &amp;found:</source>
        <translation>&amp;Sections trouvées :</translation>
    </message>
    <message>
        <source>Conditions to import</source>
        <translation>Conditions à importer</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>In the vault</source>
        <translation>Dans le coffre-fort</translation>
    </message>
    <message>
        <source>Conditions to i&amp;mport (space ticks, F2 edits):</source>
        <translation>Conditions à i&amp;mporter (Espace pour cocher, F2 pour modifier) :</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Not found in the text: choose it.</source>
        <translation>Introuvable dans le texte : à choisir.</translation>
    </message>
    <message>
        <source>The text names no authority: chosen by date, not found in the text.</source>
        <translation>Le texte ne nomme aucune autorité : elle a été déduite de la date, et non lue dans le texte.</translation>
    </message>
    <message>
        <source>The text names no authority and gives no date: choose it.</source>
        <translation>Le texte ne nomme aucune autorité et ne donne pas de date : choisissez-la.</translation>
    </message>
    <message>
        <source>No section found</source>
        <translation>Aucune section trouvée</translation>
    </message>
    <message>
        <source>No. %1 of %2</source>
        <translation>N° %1 du %2</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>N° %1</translation>
    </message>
    <message>
        <source>%1 (recorded)</source>
        <comment>a deliberation cited that the vault holds</comment>
        <translation>%1 (enregistrée)</translation>
    </message>
    <message>
        <source>None cited</source>
        <translation>Aucune délibération citée</translation>
    </message>
    <message>
        <source>Import this condition</source>
        <translation>Importer cette condition</translation>
    </message>
    <message>
        <source>No condition was found in the text.</source>
        <translation>Aucune condition n&apos;a été trouvée dans le texte.</translation>
    </message>
    <message>
        <source>no department given</source>
        <translation>direction non indiquée</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <comment>processing, its department, why it is suggested</comment>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Add to the register as «%1»</source>
        <translation>Inscrire au registre sous « %1 »</translation>
    </message>
    <message>
        <source>Recorded in the register as a processing only referenced, to describe later.</source>
        <translation>Inscrit au registre comme traitement seulement cité, à décrire ultérieurement.</translation>
    </message>
    <message>
        <source>No processing</source>
        <translation>Aucun traitement</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
    <message>
        <source>A new version keeps the link as it is: no processing.</source>
        <translation>Une nouvelle version conserve le lien tel quel : aucun traitement.</translation>
    </message>
    <message>
        <source>A new version keeps the link as it is: %1.</source>
        <translation>Une nouvelle version conserve le lien tel quel : %1.</translation>
    </message>
    <message>
        <source>Recorded: its follow-up is kept</source>
        <translation>Enregistrée : son suivi est conservé</translation>
    </message>
    <message>
        <source>New: added, open</source>
        <translation>Nouvelle : ajoutée, ouverte</translation>
    </message>
    <message>
        <source>A deliberation number looks like 2023-133.</source>
        <translation>Un numéro de délibération a la forme 2023-133.</translation>
    </message>
    <message>
        <source>The date of the deliberation is required.</source>
        <translation>La date de la délibération est obligatoire.</translation>
    </message>
    <message>
        <source>The title is required: the purpose of the processing, as the text quotes it.</source>
        <translation>Le titre est obligatoire : la finalité du traitement, telle que le texte la cite.</translation>
    </message>
    <message>
        <source>Condition %1 has no text: write it, or untick it.</source>
        <translation>La condition %1 n&apos;a pas de texte : saisissez-le, ou décochez-la.</translation>
    </message>
    <message>
        <source>Not found in the text: %1. Import it as the fields now say?</source>
        <translation>Éléments introuvables dans le texte : %1. Importer la délibération telle que la décrivent maintenant les champs ?</translation>
    </message>
    <message>
        <source>Open the recorded deliberation and drop this import? Nothing of it has been saved.</source>
        <translation>Ouvrir la délibération enregistrée et abandonner cet import ? Rien n&apos;en a été enregistré.</translation>
    </message>
    <message>
        <source>Drop this import? What you changed is lost; nothing has been saved.</source>
        <translation>Abandonner cet import ? Vos modifications seront perdues ; rien n&apos;a été enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>Deliberation no. %1 of %2 is already recorded (%n condition(s) followed). Open it, or import this text as its new version: its conditions and their follow-up are kept, the new ones added.</source>
        <translation>
            <numerusform>La délibération n° %1 du %2 est déjà enregistrée (%n condition suivie). Ouvrez-la, ou importez ce texte comme nouvelle version : ses conditions et leur suivi sont conservés, les nouvelles conditions sont ajoutées.</numerusform>
            <numerusform>La délibération n° %1 du %2 est déjà enregistrée (%n conditions suivies). Ouvrez-la, ou importez ce texte comme nouvelle version : ses conditions et leur suivi sont conservés, les nouvelles conditions sont ajoutées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>habeas::DeliberationView</name>
    <message>
        <source>Processing concerned</source>
        <translation>Traitement concerné</translation>
    </message>
    <message>
        <source>Processing of the &amp;register:</source>
        <translation>Traitement du &amp;registre :</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Lier</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Text of the deliberation</source>
        <translation>Texte de la délibération</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>C&amp;onditions:</source>
        <translation>C&amp;onditions :</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Who sees to it</source>
        <translation>Qui s&apos;en charge</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>Res&amp;ponsable :</translation>
    </message>
    <message>
        <source>&amp;Due on</source>
        <translation>Fi&amp;xée au</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Date d&apos;échéance</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>Échéance :</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Justificatif</translation>
    </message>
    <message>
        <source>How the condition was met: a document, a decision, a date</source>
        <translation>Comment la condition a été remplie : un document, une décision, une date</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Justificatif :</translation>
    </message>
    <message>
        <source>Note for the history</source>
        <translation>Note pour l&apos;historique</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>Sa&amp;ve the follow-up</source>
        <translation>&amp;Enregistrer le suivi</translation>
    </message>
    <message>
        <source>&amp;Follow-up</source>
        <translation>&amp;Suivi</translation>
    </message>
    <message>
        <source>History of the condition</source>
        <translation>Historique de la condition</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>Choose a deliberation in the list to read it and follow its conditions.</source>
        <translation>Choisissez une délibération dans la liste pour la lire et suivre ses conditions.</translation>
    </message>
    <message>
        <source>Deliberation no. %1 of %2</source>
        <translation>Délibération n° %1 du %2</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <source>Presented by: %1.</source>
        <translation>Présentée par : %1.</translation>
    </message>
    <message>
        <source>Journal de Monaco no. %1 of %2.</source>
        <translation>Journal de Monaco n° %1 du %2.</translation>
    </message>
    <message>
        <source>Journal de Monaco no. %1.</source>
        <translation>Journal de Monaco n° %1.</translation>
    </message>
    <message>
        <source>Linked to no processing of the register.</source>
        <translation>Non liée à un traitement du registre.</translation>
    </message>
    <message>
        <source>Processing: %1.</source>
        <translation>Traitement : %1.</translation>
    </message>
    <message>
        <source>Full text</source>
        <translation>Texte intégral</translation>
    </message>
    <message>
        <source>Deliberations cited</source>
        <translation>Délibérations citées</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>N° %1</translation>
    </message>
    <message>
        <source>No. %1 of %2</source>
        <translation>N° %1 du %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Deliberation</source>
        <translation>Délibération</translation>
    </message>
    <message>
        <source>The status of this condition has not changed since it was recorded.</source>
        <translation>L&apos;état de cette condition n&apos;a pas changé depuis son enregistrement.</translation>
    </message>
    <message>
        <source>Changes of status of this condition, the latest first.</source>
        <translation>Changements d&apos;état de cette condition, du plus récent au plus ancien.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>The follow-up of this condition is not saved. Save it now?</source>
        <translation>Le suivi de cette condition n&apos;est pas enregistré. L&apos;enregistrer maintenant ?</translation>
    </message>
    <message>
        <source>Say how the condition was met before marking it met: the evidence is required.</source>
        <translation>Indiquez comment la condition a été remplie avant de la marquer comme remplie : le justificatif est obligatoire.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Measured by</source>
        <translation>Mesurée par</translation>
    </message>
    <message>
        <source>Measured &amp;by:</source>
        <translation>Mes&amp;urée par :</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>&amp;Mesure</translation>
    </message>
    <message>
        <source>%1, unchanged</source>
        <translation>%1, sans changement</translation>
    </message>
    <message>
        <source>Not measured</source>
        <translation>Non mesurée</translation>
    </message>
    <message>
        <source>Its wording suggests: %1. Choose it above to measure the condition.</source>
        <translation>Son libellé suggère : %1. Choisissez cet indicateur ci-dessus pour mesurer la condition.</translation>
    </message>
    <message>
        <source>Habeas measures this condition only when an indicator is chosen for it.</source>
        <translation>Habeas ne mesure cette condition que lorsqu&apos;un indicateur est choisi pour elle.</translation>
    </message>
    <message>
        <source>Late access requests</source>
        <translation>Demandes d&apos;accès en retard</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Répondue</translation>
    </message>
    <message>
        <source>Days
late</source>
        <translation>Jours de
retard</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Toujours ouverte</translation>
    </message>
    <message>
        <source>Exports not known to be encrypted</source>
        <translation>Exports dont le chiffrement n&apos;est pas attesté</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporté le</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <source>Extract of the processing&apos;s entry</source>
        <translation>Extrait de la fiche du traitement</translation>
    </message>
    <message>
        <source>Extract of the whole register</source>
        <translation>Extrait de l&apos;ensemble du registre</translation>
    </message>
    <message>
        <source>Letter for request %1</source>
        <translation>Lettre pour la demande %1</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Non chiffré</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Deliberation no. %1 (version %3) of %2</source>
        <translation>Délibération n° %1 (version %3) du %2</translation>
    </message>
    <message>
        <source>Earlier text, version %1 (replaced on %2 by %3)</source>
        <translation>Texte antérieur, version %1 (remplacé le %2 par %3)</translation>
    </message>
    <message>
        <source>Journal de Monaco no. %1 of %2</source>
        <translation>Journal de Monaco n° %1 du %2</translation>
    </message>
</context>
<context>
    <name>habeas::DeliberationsModel</name>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autorité</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Open / all conditions</source>
        <translation>Conditions à suivre / total</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <comment>deliberation number, version of its text</comment>
        <translation>%1 (version %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n condition(s) still to follow, of %1</source>
        <translation>
            <numerusform>%n condition encore à suivre sur %1</numerusform>
            <numerusform>%n conditions encore à suivre sur %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>habeas::DeliberationsPage</name>
    <message>
        <source>&lt;h2&gt;Deliberations&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Délibérations&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Deliberations</source>
        <translation>Délibérations</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import a deliberation</source>
        <translation>Importer une délibération</translation>
    </message>
    <message>
        <source>From a &amp;file…</source>
        <translation>Depuis un &amp;fichier…</translation>
    </message>
    <message>
        <source>From the &amp;clipboard</source>
        <translation>Depuis le &amp;presse-papiers</translation>
    </message>
    <message>
        <source>Texts of the Journal de Monaco (*.txt);;All files (*)</source>
        <translation>Textes du Journal de Monaco (*.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The clipboard holds no text. Copy the deliberation&apos;s text from the Journal de Monaco&apos;s page first.</source>
        <translation>Le presse-papiers ne contient aucun texte. Copiez d&apos;abord le texte de la délibération depuis la page du Journal de Monaco.</translation>
    </message>
    <message>
        <source>the clipboard</source>
        <translation>le presse-papiers</translation>
    </message>
    <message>
        <source>the text dropped</source>
        <translation>le texte déposé</translation>
    </message>
</context>
<context>
    <name>habeas::FindingsPanel</name>
    <message>
        <source>The processings of the register where the requester&apos;s data may be, and what was found in each. Saved with the request.</source>
        <translation>Les traitements du registre où peuvent figurer les données du demandeur, et ce qui a été constaté dans chacun. Enregistrés avec la demande.</translation>
    </message>
    <message>
        <source>Processings concerned</source>
        <translation>Traitements concernés</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Data held</source>
        <translation>Données détenues</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Suite donnée</translation>
    </message>
    <message>
        <source>Add from the &amp;register:</source>
        <translation>Ajouter depuis le &amp;registre :</translation>
    </message>
    <message>
        <source>Processing of the register to add</source>
        <translation>Traitement du registre à ajouter</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove the processing</source>
        <translation>Retirer le traitement</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Data held in %1</source>
        <translation>Données détenues dans %1</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Pas encore vérifié</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>What was done: data sent, rectified, erased, limited…</source>
        <translation>Suite donnée : données communiquées, rectifiées, effacées, limitées…</translation>
    </message>
</context>
<context>
    <name>habeas::GlobalSearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Reference, requester&apos;s surname or processing</source>
        <translation>Référence, nom du demandeur ou traitement</translation>
    </message>
    <message>
        <source>Reference or requester&apos;s surname</source>
        <translation>Référence ou nom du demandeur</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Type a reference, the start of a requester&apos;s surname or part of a processing&apos;s name. Accents and capitals do not matter.</source>
        <translation>Tapez une référence, le début du nom d&apos;un demandeur ou une partie du nom d&apos;un traitement. Les accents et les majuscules n&apos;ont pas d&apos;importance.</translation>
    </message>
    <message>
        <source>Type a reference or the start of a requester&apos;s surname. Accents and capitals do not matter.</source>
        <translation>Tapez une référence ou le début du nom d&apos;un demandeur. Les accents et les majuscules n&apos;ont pas d&apos;importance.</translation>
    </message>
    <message>
        <source>Nothing matches &quot;%1&quot;.</source>
        <translation>Rien ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>Down and Up go through the results, Enter opens the one selected, Escape closes.</source>
        <translation>Les flèches Bas et Haut parcourent les résultats, Entrée ouvre celui qui est choisi, Échap ferme.</translation>
    </message>
</context>
<context>
    <name>habeas::GlobalSearchModel</name>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Processings</source>
        <translation>Traitements</translation>
    </message>
    <message numerus="yes">
        <source>%n more request(s): show them all in the list of requests</source>
        <translation>
            <numerusform>%n autre demande : les voir toutes dans la liste des demandes</numerusform>
            <numerusform>%n autres demandes : les voir toutes dans la liste des demandes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more processing(s): type more of the name</source>
        <translation>
            <numerusform>%n autre traitement : tapez davantage du nom</numerusform>
            <numerusform>%n autres traitements : tapez davantage du nom</numerusform>
        </translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>échéance le %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>processing&apos;s name, its reference</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, only named by other processings so far</source>
        <translation>%1, seulement cité par d&apos;autres traitements pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>habeas::IdentityImageView</name>
    <message>
        <source>Copy of the identity document</source>
        <translation>Copie de la pièce d&apos;identité</translation>
    </message>
</context>
<context>
    <name>habeas::IdentityPanel</name>
    <message>
        <source>Identity document</source>
        <translation>Pièce d&apos;identité</translation>
    </message>
    <message>
        <source>Capture a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>Kind of document</source>
        <translation>Type de document</translation>
    </message>
    <message>
        <source>Identity card</source>
        <translation>Carte d&apos;identité</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Passeport</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>Carte de séjour</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>Permis de conduire</translation>
    </message>
    <message>
        <source>&amp;Kind of document:</source>
        <translation>&amp;Type de document :</translation>
    </message>
    <message>
        <source>Paste an image or a scanned file copied to the clipboard (Ctrl+V)</source>
        <translation>Coller une image ou un fichier scanné copié dans le presse-papiers (Ctrl+V)</translation>
    </message>
    <message>
        <source>Or drop the scan on this tab. Scan straight into a folder of your own on this computer, never a shared one: the file stays in clear until it is deleted.</source>
        <translation>Ou déposez le scan sur cet onglet. Scannez directement dans un dossier personnel de cet ordinateur, jamais dans un dossier partagé : le fichier reste en clair tant qu&apos;il n&apos;est pas supprimé.</translation>
    </message>
    <message>
        <source>&amp;Delete the scanned file once the copy is saved</source>
        <translation>&amp;Supprimer le fichier scanné une fois la copie enregistrée</translation>
    </message>
    <message>
        <source>Scan of the identity document</source>
        <translation>Scan de la pièce d&apos;identité</translation>
    </message>
    <message>
        <source>The copy</source>
        <translation>La copie</translation>
    </message>
    <message>
        <source>Each showing is recorded in the audit log.</source>
        <translation>Chaque affichage est inscrit au journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Agrandir</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++, or Ctrl and the mouse wheel)</source>
        <translation>Agrandir (Ctrl++, ou Ctrl et la molette)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Réduire</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Réduire (Ctrl+-)</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Record of destruction</source>
        <translation>Procès-verbal de destruction</translation>
    </message>
    <message>
        <source>No request open.</source>
        <translation>Aucune demande ouverte.</translation>
    </message>
    <message>
        <source>A copy (%1) was captured by %2 on %3.</source>
        <translation>Une copie (%1) a été enregistrée par %2 le %3.</translation>
    </message>
    <message>
        <source>Verified by %1 on %2.</source>
        <translation>Vérifiée par %1 le %2.</translation>
    </message>
    <message>
        <source>Not verified yet.</source>
        <translation>Pas encore vérifiée.</translation>
    </message>
    <message>
        <source>It is destroyed when the request ends.</source>
        <translation>Elle sera détruite à la fin de la demande.</translation>
    </message>
    <message>
        <source>The request has ended: its copy of the identity document was destroyed.</source>
        <translation>La demande est terminée : sa copie de la pièce d&apos;identité a été détruite.</translation>
    </message>
    <message>
        <source>The request has ended; no copy of an identity document was kept for it.</source>
        <translation>La demande est terminée ; aucune copie de pièce d&apos;identité n&apos;a été conservée pour elle.</translation>
    </message>
    <message>
        <source>No copy of an identity document is kept for this request.</source>
        <translation>Aucune copie de pièce d&apos;identité n&apos;est conservée pour cette demande.</translation>
    </message>
    <message>
        <source>Replace the copy</source>
        <translation>Remplacer la copie</translation>
    </message>
    <message>
        <source>Document: %1</source>
        <translation>Document : %1</translation>
    </message>
    <message>
        <source>Verified by %1 on %2</source>
        <translation>Vérifiée par %1 le %2</translation>
    </message>
    <message>
        <source>Never verified</source>
        <translation>Jamais vérifiée</translation>
    </message>
    <message>
        <source>Destroyed on %1</source>
        <translation>Détruite le %1</translation>
    </message>
    <message>
        <source>The scan %1 cannot be read: %2</source>
        <translation>Le scan %1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>The clipboard holds no image. Copy the scan (or its file) first, then paste it here.</source>
        <translation>Le presse-papiers ne contient pas d&apos;image. Copiez d&apos;abord le scan (ou son fichier), puis collez-le ici.</translation>
    </message>
    <message>
        <source>This request already holds a copy. Replace it? The present copy is destroyed.</source>
        <translation>Cette demande a déjà une copie. La remplacer ? La copie actuelle sera détruite.</translation>
    </message>
    <message>
        <source>A file system, and above all an SSD, may keep the deleted file&apos;s blocks for a while: scan into a folder of your own on this computer, never a shared one.</source>
        <translation>Un système de fichiers, et surtout un SSD, peut garder un temps les blocs du fichier supprimé : scannez dans un dossier personnel de cet ordinateur, jamais dans un dossier partagé.</translation>
    </message>
    <message>
        <source>The copy is saved in the vault, but the scan is still in clear at %1. Delete it yourself once you no longer need it.</source>
        <translation>La copie est enregistrée dans le coffre-fort, mais le scan est toujours en clair dans %1. Supprimez-le vous-même dès que vous n&apos;en avez plus besoin.</translation>
    </message>
    <message>
        <source>The copy is saved in the vault, but the scan at %1 could not be deleted: delete it yourself.</source>
        <translation>La copie est enregistrée dans le coffre-fort, mais le scan %1 n&apos;a pas pu être supprimé : supprimez-le vous-même.</translation>
    </message>
    <message>
        <source>The copy is saved in the vault and the scan at %1 was deleted.</source>
        <translation>La copie est enregistrée dans le coffre-fort et le scan %1 a été supprimé.</translation>
    </message>
    <message>
        <source>The stored copy cannot be read: it is damaged.</source>
        <translation>La copie conservée ne peut pas être lue : elle est endommagée.</translation>
    </message>
    <message>
        <source>From a file…</source>
        <translation>Depuis un fichier…</translation>
    </message>
    <message>
        <source>Paste the scan</source>
        <translation>Coller le scan</translation>
    </message>
    <message>
        <source>Show &amp;the copy</source>
        <translation>Afficher la cop&amp;ie</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>The holder&apos;s photograph is on it</source>
        <translation>La photographie du titulaire y figure</translation>
    </message>
    <message>
        <source>The name is the requester&apos;s</source>
        <translation>Le nom est celui du demandeur</translation>
    </message>
    <message>
        <source>The date of birth matches</source>
        <translation>La date de naissance correspond</translation>
    </message>
    <message>
        <source>The date of birth is not known to the office</source>
        <translation>La date de naissance n&apos;est pas connue du service</translation>
    </message>
    <message>
        <source>The document is still valid</source>
        <translation>Le document est encore valide</translation>
    </message>
    <message>
        <source>Mark as v&amp;erified</source>
        <translation>Mar&amp;quer comme vérifiée</translation>
    </message>
    <message>
        <source>Images and PDF (*.jpg *.jpeg *.png *.tif *.tiff *.bmp *.pdf)</source>
        <translation>Images et PDF (*.jpg *.jpeg *.png *.tif *.tiff *.bmp *.pdf)</translation>
    </message>
</context>
<context>
    <name>habeas::InspectionFileDialog</name>
    <message>
        <source>Inspection file for the authority</source>
        <translation>Dossier d&apos;inspection pour l&apos;autorité</translation>
    </message>
    <message>
        <source>One PDF, encrypted with a password, for the supervisory authority: the register&apos;s entries, the deliberations and their conditions, the figures of the rights requests, the identity documents destroyed and the head of the audit log, verified now. It names no requester.</source>
        <translation>Un seul PDF, chiffré par un mot de passe, destiné à l&apos;autorité de contrôle : les fiches du registre, les délibérations et leurs conditions, les chiffres des demandes d&apos;exercice de droits, les pièces d&apos;identité détruites et la tête de chaîne du journal d&apos;audit, vérifiée au moment de la génération. Aucun demandeur n&apos;y est nommé.</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>The processing chosen (none is chosen)</source>
        <translation>Le traitement choisi (aucun n&apos;est choisi)</translation>
    </message>
    <message>
        <source>The processing chosen: %1</source>
        <translation>Le traitement choisi : %1</translation>
    </message>
    <message>
        <source>The whole register</source>
        <translation>Tout le registre</translation>
    </message>
    <message>
        <source>Requests and destroyed documents counted</source>
        <translation>Demandes et pièces détruites prises en compte</translation>
    </message>
    <message>
        <source>%1 and %2 so far</source>
        <translation>%1 et %2 à ce jour</translation>
    </message>
    <message>
        <source>Every request since the first</source>
        <translation>Toutes les demandes depuis la première</translation>
    </message>
    <message>
        <source>&amp;Choose a password…</source>
        <translation>&amp;Choisir un mot de passe…</translation>
    </message>
</context>
<context>
    <name>habeas::LetterPreviewDialog</name>
    <message>
        <source>&amp;Whole page</source>
        <translation>Page &amp;entière</translation>
    </message>
    <message>
        <source>The whole page in the window</source>
        <translation>La page entière dans la fenêtre</translation>
    </message>
    <message>
        <source>Full wi&amp;dth</source>
        <translation>Pleine &amp;largeur</translation>
    </message>
    <message>
        <source>The page as wide as the window</source>
        <translation>La page sur toute la largeur de la fenêtre</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Réduire</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Agrandir</translation>
    </message>
    <message>
        <source>&amp;All pages</source>
        <translation>&amp;Toutes les pages</translation>
    </message>
    <message>
        <source>Every page side by side</source>
        <translation>Toutes les pages côte à côte</translation>
    </message>
    <message>
        <source>&amp;One page</source>
        <translation>&amp;Une page</translation>
    </message>
    <message>
        <source>One page at a time</source>
        <translation>Une page à la fois</translation>
    </message>
    <message>
        <source>The letter&apos;s pages</source>
        <translation>Les pages de la lettre</translation>
    </message>
    <message>
        <source>&amp;Issue the letter</source>
        <translation>É&amp;mettre la lettre</translation>
    </message>
    <message>
        <source>Archive the letter with the request, exactly as shown, and then print or export it</source>
        <translation>Archiver la lettre avec la demande, exactement telle qu&apos;elle est affichée, puis l&apos;imprimer ou l&apos;exporter</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print (Ctrl+P)</source>
        <translation>Imprimer (Ctrl+P)</translation>
    </message>
    <message>
        <source>E&amp;xport as PDF…</source>
        <translation>E&amp;xporter en PDF…</translation>
    </message>
    <message>
        <source>A PDF that opens only with a password you choose</source>
        <translation>Un PDF qui ne s&apos;ouvre qu&apos;avec le mot de passe que vous choisissez</translation>
    </message>
    <message>
        <source>%1 — %2 — to issue</source>
        <translation>%1 — %2 — à émettre</translation>
    </message>
    <message>
        <source>Habeas&apos;s own text</source>
        <translation>le texte d&apos;Habeas</translation>
    </message>
    <message>
        <source>the office&apos;s text</source>
        <translation>le texte du service</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>mandataire</translation>
    </message>
    <message>
        <source>requester</source>
        <translation>demandeur</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>Issued on %1 by %2 (template version %3, %n page(s)). This is the archived letter.</source>
        <translation>
            <numerusform>Émise le %1 par %2 (version %3 du modèle, %n page). Ceci est la lettre archivée.</numerusform>
            <numerusform>Émise le %1 par %2 (version %3 du modèle, %n pages). Ceci est la lettre archivée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <source>This is the letter as it will be archived and sent (template: %1, version %2; language: %3; to the %4). Issuing it archives it with the request; it cannot be changed afterwards.</source>
        <translation>Voici la lettre telle qu&apos;elle sera archivée et envoyée (modèle : %1, version %2 ; langue : %3 ; adressée au %4). L&apos;émettre l&apos;archive avec la demande ; elle ne pourra plus être modifiée ensuite.</translation>
    </message>
    <message>
        <source>The letter was issued, but what was archived differs from what is shown. Open it again from the Letters tab.</source>
        <translation>La lettre a été émise, mais ce qui a été archivé diffère de ce qui est affiché. Rouvrez-la depuis l&apos;onglet Lettres.</translation>
    </message>
</context>
<context>
    <name>habeas::LetterTemplatesPage</name>
    <message>
        <source>&lt;h2&gt;Letter templates&lt;/h2&gt;The text each kind of letter is made from, in French and in English. Saving adds a version; letters already issued keep the text they were printed with.</source>
        <translation>&lt;h2&gt;Modèles des lettres&lt;/h2&gt;Le texte dont chaque sorte de lettre est faite, en français et en anglais. Enregistrer ajoute une version ; les lettres déjà émises gardent le texte avec lequel elles ont été imprimées.</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation>&amp;Lettre :</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>La&amp;ngue :</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>The &quot;Subject:&quot; line of the letter, on one line; placeholders are allowed.</source>
        <translation>La ligne « Objet : » de la lettre, sur une seule ligne ; les champs y sont permis.</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>O&amp;bjet :</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <source>&amp;Body, paragraphs separated by a blank line:</source>
        <translation>Co&amp;rps, paragraphes séparés par une ligne vide :</translation>
    </message>
    <message>
        <source>Placeholder</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>What it holds</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>&amp;Placeholders this letter may use:</source>
        <translation>&amp;Champs que cette lettre peut utiliser :</translation>
    </message>
    <message>
        <source>&amp;Insert in the body</source>
        <translation>&amp;Insérer dans le corps</translation>
    </message>
    <message>
        <source>or double-click, or press Enter.</source>
        <translation>ou double-cliquez, ou appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>A letter is not printed while a required placeholder has nothing to put in it.</source>
        <translation>Une lettre n&apos;est pas imprimée tant qu&apos;il n&apos;y a rien à mettre dans un champ obligatoire.</translation>
    </message>
    <message>
        <source>&amp;Versions:</source>
        <translation>&amp;Versions :</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistrée le</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>&amp;Open in the editor</source>
        <translation>&amp;Ouvrir dans l&apos;éditeur</translation>
    </message>
    <message>
        <source>Put the chosen version in the editor, to start from it.</source>
        <translation>Mettre la version choisie dans l&apos;éditeur, pour repartir de celle-ci.</translation>
    </message>
    <message>
        <source>Start again from &amp;Habeas&apos;s text</source>
        <translation>Repartir du texte d&apos;&amp;Habeas</translation>
    </message>
    <message>
        <source>Put the text Habeas comes with in the editor.</source>
        <translation>Mettre dans l&apos;éditeur le texte fourni avec Habeas.</translation>
    </message>
    <message>
        <source>&amp;Save as a new version</source>
        <translation>&amp;Enregistrer comme nouvelle version</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <source>Letter templates</source>
        <translation>Modèles des lettres</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>may be empty</source>
        <translation>peut être vide</translation>
    </message>
    <message>
        <source>Required: a letter is not printed while it has nothing to put here.</source>
        <translation>Obligatoire : une lettre n&apos;est pas imprimée tant qu&apos;elle n&apos;a rien à mettre ici.</translation>
    </message>
    <message>
        <source>May be empty in a letter.</source>
        <translation>Peut être vide dans une lettre.</translation>
    </message>
    <message>
        <source>%1 (in force)</source>
        <translation>%1 (en vigueur)</translation>
    </message>
    <message>
        <source>Habeas&apos;s own text</source>
        <translation>Texte d&apos;Habeas</translation>
    </message>
    <message>
        <source>The letter needs a subject.</source>
        <translation>La lettre doit avoir un objet.</translation>
    </message>
    <message>
        <source>Changes not saved yet.</source>
        <translation>Modifications pas encore enregistrées.</translation>
    </message>
    <message>
        <source>The text can be saved: every placeholder is one this letter offers.</source>
        <translation>Le texte peut être enregistré : tous ses champs sont proposés par cette lettre.</translation>
    </message>
    <message>
        <source>This text cannot be saved yet. %1</source>
        <translation>Ce texte ne peut pas encore être enregistré. %1</translation>
    </message>
    <message>
        <source>In force: Habeas&apos;s own text.</source>
        <translation>En vigueur : le texte d&apos;Habeas.</translation>
    </message>
    <message>
        <source>In force: version %1, saved %2.</source>
        <translation>En vigueur : version %1, enregistrée le %2.</translation>
    </message>
    <message>
        <source>Put %1 in the editor? Your changes are not saved and will be lost.</source>
        <translation>Ouvrir dans l&apos;éditeur : %1 ? Vos modifications ne sont pas enregistrées et seront perdues.</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>Habeas&apos;s own text is in the editor: save it to put it in force.</source>
        <translation>Le texte d&apos;Habeas est dans l&apos;éditeur : enregistrez-le pour le mettre en vigueur.</translation>
    </message>
    <message>
        <source>Version %1 is in the editor: save it to put it in force again.</source>
        <translation>La version %1 est dans l&apos;éditeur : enregistrez-la pour la remettre en vigueur.</translation>
    </message>
    <message>
        <source>The text in force is in the editor.</source>
        <translation>Le texte en vigueur est dans l&apos;éditeur.</translation>
    </message>
    <message>
        <source>Your changes to the %1 in %2 are not saved. Save them as a new version?</source>
        <translation>Vos modifications du modèle « %1 » (%2) ne sont pas enregistrées. Les enregistrer comme nouvelle version ?</translation>
    </message>
    <message>
        <source>Nothing to save: the editor holds the text in force.</source>
        <translation>Rien à enregistrer : l&apos;éditeur contient le texte en vigueur.</translation>
    </message>
    <message>
        <source>Saved as version %1: the next letters are made from it.</source>
        <translation>Enregistré comme version %1 : ce texte sert aux lettres suivantes.</translation>
    </message>
</context>
<context>
    <name>habeas::LetterheadPage</name>
    <message>
        <source>&lt;h2&gt;Letterhead&lt;/h2&gt;What letters print: the top of the first page, the signature and the foot of every page. Kept in the vault, the same on every desk.</source>
        <translation>&lt;h2&gt;En-tête des lettres&lt;/h2&gt;Ce que les lettres impriment : le haut de la première page, la signature et le pied de chaque page. Conservé dans le coffre-fort, le même à chaque poste.</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>Nom du service</translation>
    </message>
    <message>
        <source>e.g. Data Protection Officer</source>
        <translation>p. ex. Délégué à la protection des données</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Department, street, postcode and town, one per line</source>
        <translation>Service, rue, code postal et ville, un par ligne</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>The town written before the date, as in &quot;Monaco, 2 December 2026&quot;.</source>
        <translation>La ville écrite avant la date, comme dans « Monaco, le 2 décembre 2026 ».</translation>
    </message>
    <message>
        <source>Signatory&apos;s name</source>
        <translation>Nom du signataire</translation>
    </message>
    <message>
        <source>Signatory&apos;s title</source>
        <translation>Titre du signataire</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>Pied de page</translation>
    </message>
    <message>
        <source>Printed at the foot of every page, beside the reference and the page number: one or two lines.</source>
        <translation>Imprimé au pied de chaque page, à côté de la référence et du numéro de page : une ou deux lignes.</translation>
    </message>
    <message>
        <source>Supervisory authority&apos;s address</source>
        <translation>Adresse de l&apos;autorité de contrôle</translation>
    </message>
    <message>
        <source>The name and postal address of the APDP, printed in refusal letters with the requester&apos;s right to refer the matter to it.</source>
        <translation>Le nom et l&apos;adresse postale de l&apos;APDP, imprimés dans les lettres de refus avec le droit du demandeur de la saisir.</translation>
    </message>
    <message>
        <source>Refusal letters cannot be printed until this address is filled in.</source>
        <translation>Les lettres de refus ne peuvent pas être imprimées tant que cette adresse n&apos;est pas saisie.</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>C&amp;hoose an image…</source>
        <translation>C&amp;hoisir une image…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>Retirer le logo</translation>
    </message>
    <message>
        <source>O&amp;ffice name:</source>
        <translation>&amp;Nom du service :</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>Signatory&apos;s &amp;name:</source>
        <translation>Nom du &amp;signataire :</translation>
    </message>
    <message>
        <source>Signatory&apos;s &amp;title:</source>
        <translation>&amp;Titre du signataire :</translation>
    </message>
    <message>
        <source>&amp;Footer:</source>
        <translation>&amp;Pied de page :</translation>
    </message>
    <message>
        <source>Supervisory a&amp;uthority:</source>
        <translation>A&amp;utorité de contrôle :</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo :</translation>
    </message>
    <message>
        <source>Top of the first page</source>
        <translation>Haut de la première page</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <source>Letterhead</source>
        <translation>En-tête des lettres</translation>
    </message>
    <message>
        <source>Changes not saved yet.</source>
        <translation>Modifications pas encore enregistrées.</translation>
    </message>
    <message>
        <source>(office name)</source>
        <translation>(nom du service)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
    <message>
        <source>Choose an image for the letterhead</source>
        <translation>Choisir une image pour l&apos;en-tête</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg *.bmp *.gif *.webp);;All files (*)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg *.bmp *.gif *.webp);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Le fichier n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>Letterhead saved.</source>
        <translation>En-tête enregistré.</translation>
    </message>
</context>
<context>
    <name>habeas::LettersPanel</name>
    <message>
        <source>&amp;Letter:</source>
        <translation>&amp;Lettre :</translation>
    </message>
    <message>
        <source>Letter to prepare</source>
        <translation>Lettre à préparer</translation>
    </message>
    <message>
        <source>&amp;Prepare…</source>
        <translation>&amp;Préparer…</translation>
    </message>
    <message>
        <source>Write the letter from the request and the register, and show it before it is issued</source>
        <translation>Rédiger la lettre à partir de la demande et du registre, et l&apos;afficher avant son émission</translation>
    </message>
    <message>
        <source>Letters issued</source>
        <translation>Lettres émises</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émise le</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Émise par</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Show…</source>
        <translation>Afficher…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Print the letter as it was issued (Ctrl+P)</source>
        <translation>Imprimer la lettre telle qu&apos;elle a été émise (Ctrl+P)</translation>
    </message>
    <message>
        <source>The letter as it was issued (Enter)</source>
        <translation>La lettre telle qu&apos;elle a été émise (Entrée)</translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation>Exporter en P&amp;DF…</translation>
    </message>
    <message>
        <source>A PDF that opens only with a password you choose</source>
        <translation>Un PDF qui ne s&apos;ouvre qu&apos;avec le mot de passe que vous choisissez</translation>
    </message>
    <message>
        <source>%1 (cleared with the case file)</source>
        <translation>%1 (lettre effacée avec le dossier)</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>%1 (to send)</source>
        <translation>%1 (à envoyer)</translation>
    </message>
    <message>
        <source>No letter has been issued for this request yet.</source>
        <translation>Aucune lettre n&apos;a encore été émise pour cette demande.</translation>
    </message>
    <message>
        <source>To send: %1.</source>
        <translation>À envoyer : %1.</translation>
    </message>
    <message>
        <source>A letter is shown before it is issued; once issued it is archived with the request as printed, and printed or exported from that archive.</source>
        <translation>Une lettre est affichée avant d&apos;être émise ; une fois émise, elle est archivée avec la demande telle qu&apos;elle est imprimée, puis imprimée ou exportée à partir de cette archive.</translation>
    </message>
    <message>
        <source>The letter cannot be prepared: %1</source>
        <translation>La lettre ne peut pas être préparée : %1</translation>
    </message>
</context>
<context>
    <name>habeas::LockOverlay</name>
    <message>
        <source>&lt;h2&gt;Habeas is locked&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Habeas est verrouillé&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2). Enter your password to go on.</source>
        <translation>Session ouverte par %1 (%2). Saisissez votre mot de passe pour continuer.</translation>
    </message>
</context>
<context>
    <name>habeas::LoginWindow</name>
    <message>
        <source>Sign in — Habeas</source>
        <translation>Connexion — Habeas</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Habeas&lt;/h2&gt;Register of processings, authority opinions and rights requests.</source>
        <translation>&lt;h2&gt;Habeas&lt;/h2&gt;Registre des traitements, avis de l&apos;autorité de contrôle et demandes d&apos;exercice des droits.</translation>
    </message>
    <message>
        <source>Vault file</source>
        <translation>Fichier du coffre-fort</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Vault:</source>
        <translation>Co&amp;ffre-fort :</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Compte :</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Remember this vault on this computer</source>
        <translation>Mémoriser ce coffre-fort sur cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <source>&amp;Create a vault…</source>
        <translation>C&amp;réer un coffre-fort…</translation>
    </message>
    <message>
        <source>Open the &amp;demo vault</source>
        <translation>Ouvrir le coffre-fort de &amp;démonstration</translation>
    </message>
    <message>
        <source>Open a vault</source>
        <translation>Ouvrir un coffre-fort</translation>
    </message>
    <message>
        <source>Habeas vaults (*.habeas)</source>
        <translation>Coffres-forts Habeas (*.habeas)</translation>
    </message>
    <message>
        <source>Demo vault (fictitious data). Accounts: %1.</source>
        <translation>Coffre-fort de démonstration (données fictives). Comptes : %1.</translation>
    </message>
    <message>
        <source>Choose a vault and enter your account.</source>
        <translation>Choisissez un coffre-fort et indiquez votre compte.</translation>
    </message>
    <message>
        <source>Your password must be changed before you can go on.</source>
        <translation>Vous devez modifier votre mot de passe avant de pouvoir continuer.</translation>
    </message>
    <message>
        <source>Your password is older than the renewal period set by the administrator. Choose a new one.</source>
        <translation>Votre mot de passe a dépassé la durée de renouvellement fixée par l&apos;administrateur. Choisissez-en un nouveau.</translation>
    </message>
    <message>
        <source>Your password was set by an administrator. Choose your own before you go on.</source>
        <translation>Votre mot de passe a été défini par un administrateur. Choisissez le vôtre avant de continuer.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
</context>
<context>
    <name>habeas::MainWindow</name>
    <message>
        <source>%1 — Habeas</source>
        <translation>%1 — Habeas</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Change my password…</source>
        <translation>&amp;Modifier mon mot de passe…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2, %3)</source>
        <translation>Session ouverte par %1 (%2, %3)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>The key that protects identity documents could not be brought up to date at sign-in: %1 Habeas will try again at your next sign-in; until then, tell the administrator.</source>
        <translation>La clé qui protège les pièces d&apos;identité n&apos;a pas pu être mise à jour à la connexion : %1 Habeas réessaiera à votre prochaine connexion ; d&apos;ici là, prévenez l&apos;administrateur.</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>Pièces d&apos;identité</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue request(s)</source>
        <translation>
            <numerusform>%n demande en retard</numerusform>
            <numerusform>%n demandes en retard</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;Nouvelle demande…</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>Coffre-fort : %1</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Nothing shown here can be printed. Letters are printed from a request&apos;s Letters tab.</source>
        <translation>Rien de ce qui est affiché ici ne peut être imprimé. Les lettres s&apos;impriment depuis l&apos;onglet Lettres d&apos;une demande.</translation>
    </message>
    <message>
        <source>Public privacy &amp;notice…</source>
        <translation>Notice d&apos;information du &amp;public…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Habeas…</source>
        <translation>À &amp;propos d&apos;Habeas…</translation>
    </message>
    <message>
        <source>About &amp;Qt…</source>
        <translation>À propos de &amp;Qt…</translation>
    </message>
</context>
<context>
    <name>habeas::NewAccountDialog</name>
    <message>
        <source>New account — Habeas</source>
        <translation>Nouveau compte — Habeas</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Mot de passe provisoire</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Nom complet :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>Mot de passe &amp;provisoire :</translation>
    </message>
    <message>
        <source>Give the temporary password to the person in person; Habeas asks them to change it at first sign-in.</source>
        <translation>Remettez le mot de passe provisoire à la personne en main propre : Habeas lui demandera de le modifier à sa première connexion.</translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation>&amp;Créer le compte</translation>
    </message>
</context>
<context>
    <name>habeas::NewRequestWizard</name>
    <message>
        <source>Intake</source>
        <translation>Réception</translation>
    </message>
    <message>
        <source>How the request arrived, when, and what it asks.</source>
        <translation>Comment la demande est arrivée, quand, et ce qu&apos;elle demande.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Canal :</translation>
    </message>
    <message>
        <source>Date of receipt</source>
        <translation>Date de réception</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>&amp;Reçue le :</translation>
    </message>
    <message>
        <source>Post is often opened days later: the deadline runs from the day the request reached the office.</source>
        <translation>Le courrier est souvent ouvert quelques jours plus tard : le délai court du jour où la demande est parvenue au service.</translation>
    </message>
    <message>
        <source>Rights:</source>
        <translation>Droits :</translation>
    </message>
    <message>
        <source>The request in the requester&apos;s words</source>
        <translation>La demande dans les mots du demandeur</translation>
    </message>
    <message>
        <source>The request, in the requester&apos;s &amp;words:</source>
        <translation>La demande, dans les &amp;mots du demandeur :</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <source>Who asks, and how to reach them. The surname is needed.</source>
        <translation>Qui demande, et comment le joindre. Le nom est obligatoire.</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Language of correspondence</source>
        <translation>Langue des courriers</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>&amp;Letters in:</source>
        <translation>&amp;Courriers en :</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Mandataire</translation>
    </message>
    <message>
        <source>An agent acts for the &amp;requester</source>
        <translation>Un mandataire agit pour le &amp;demandeur</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>A copy of an identity document, kept encrypted and destroyed when the request ends.</source>
        <translation>La copie d&apos;une pièce d&apos;identité, conservée chiffrée et détruite à la fin de la demande.</translation>
    </message>
    <message>
        <source>Ask for a copy by &amp;letter</source>
        <translation>Demander une copie par &amp;courrier</translation>
    </message>
    <message>
        <source>&amp;Capture the copy now, from a scan</source>
        <translation>&amp;Saisir la copie maintenant, depuis un scan</translation>
    </message>
    <message>
        <source>&amp;Not needed: identified otherwise</source>
        <translation>&amp;Inutile : identifié autrement</translation>
    </message>
    <message>
        <source>C&amp;hoose the scan…</source>
        <translation>C&amp;hoisir le scan…</translation>
    </message>
    <message>
        <source>Kind of document</source>
        <translation>Type de pièce</translation>
    </message>
    <message>
        <source>identity card, passport, residence permit…</source>
        <translation>carte d&apos;identité, passeport, titre de séjour…</translation>
    </message>
    <message>
        <source>&amp;Kind of document:</source>
        <translation>&amp;Type de pièce :</translation>
    </message>
    <message>
        <source>&amp;Delete the scanned file once the copy is saved</source>
        <translation>S&amp;upprimer le fichier scanné une fois la copie enregistrée</translation>
    </message>
    <message>
        <source>How the requester was identified</source>
        <translation>Comment le demandeur a été identifié</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>Identifié &amp;par :</translation>
    </message>
    <message>
        <source>Scan of the identity document</source>
        <translation>Scan de la pièce d&apos;identité</translation>
    </message>
    <message>
        <source>a copy (%1) captured now from %2</source>
        <translation>une copie (%1) saisie maintenant depuis %2</translation>
    </message>
    <message>
        <source>not needed: %1</source>
        <translation>inutile : %1</translation>
    </message>
    <message>
        <source>a copy to be asked for by letter</source>
        <translation>une copie à demander par courrier</translation>
    </message>
    <message>
        <source>Processings concerned</source>
        <translation>Traitements concernés</translation>
    </message>
    <message>
        <source>The processings of the register where the requester&apos;s data may be; more can be added later.</source>
        <translation>Les traitements du registre où peuvent figurer les données du demandeur ; d&apos;autres pourront être ajoutés ensuite.</translation>
    </message>
    <message>
        <source>Find a processing</source>
        <translation>Chercher un traitement</translation>
    </message>
    <message>
        <source>Name or controller</source>
        <translation>Nom ou responsable</translation>
    </message>
    <message>
        <source>Processings</source>
        <translation>Traitements</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Récapitulatif</translation>
    </message>
    <message>
        <source>Check before saving: Finish records the request and opens it.</source>
        <translation>Vérifiez avant d&apos;enregistrer : Terminer enregistre la demande et l&apos;ouvre.</translation>
    </message>
    <message>
        <source>Rights: %1.</source>
        <translation>Droits : %1.</translation>
    </message>
    <message>
        <source>Requester: %1 %2 %3.</source>
        <translation>Demandeur : %1 %2 %3.</translation>
    </message>
    <message>
        <source>Agent: %1, for %2.</source>
        <translation>Mandataire : %1, pour %2.</translation>
    </message>
    <message>
        <source>Identity: %1.</source>
        <translation>Identité : %1.</translation>
    </message>
    <message numerus="yes">
        <source>Processings concerned: %n.</source>
        <translation>
            <numerusform>Traitements concernés : %n.</numerusform>
            <numerusform>Traitements concernés : %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reply due %1: %2.</source>
        <translation>Réponse attendue le %1 : %2.</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Nouvelle demande</translation>
    </message>
    <message>
        <source>The scan %1 cannot be read: %2</source>
        <translation>Le scan %1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>The request %1 is saved, but the scan %2 could not be deleted: delete it yourself.</source>
        <translation>La demande %1 est enregistrée, mais le scan %2 n&apos;a pas pu être supprimé : supprimez-le vous-même.</translation>
    </message>
    <message>
        <source>A deleted file may still be read from the disk&apos;s blocks, above all on an SSD, and a shared folder keeps copies: scan into a folder of your own on this computer, never a shared one.</source>
        <translation>Un fichier supprimé peut encore être lu dans les blocs du disque, surtout sur un SSD, et un dossier partagé en garde des copies : scannez dans un dossier personnel de cet ordinateur, jamais dans un dossier partagé.</translation>
    </message>
    <message>
        <source>Received on %1 (%2).</source>
        <translation>Reçue le %1 (%2).</translation>
    </message>
    <message>
        <source>Only when someone acts for the requester.</source>
        <translation>Seulement si quelqu&apos;un agit pour le demandeur.</translation>
    </message>
    <message>
        <source>The mandate states who is represented, by whom, for what and for how long, and whether the agent may receive the reply (Sovereign Ordinance 11.327, art. 1).</source>
        <translation>Le mandat indique qui est représenté, par qui, pour quoi et pour combien de temps, et si le mandataire peut recevoir la réponse (Ordonnance Souveraine n° 11.327, art. 1).</translation>
    </message>
    <message>
        <source>Images and PDF (*.jpg *.jpeg *.png *.tif *.tiff *.bmp *.pdf)</source>
        <translation>Images et PDF (*.jpg *.jpeg *.png *.tif *.tiff *.bmp *.pdf)</translation>
    </message>
</context>
<context>
    <name>habeas::OrganisationPage</name>
    <message>
        <source>Whose vault</source>
        <translation>Titulaire du coffre-fort</translation>
    </message>
    <message>
        <source>The department or office this register belongs to. It appears on letters and reports.</source>
        <translation>Le service ou l&apos;organisme auquel appartient ce registre. Son nom figure sur les courriers et les rapports.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisme :</translation>
    </message>
</context>
<context>
    <name>habeas::PasswordStrengthMeter</name>
    <message>
        <source>Password strength</source>
        <translation>Robustesse du mot de passe</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters; several unrelated words are easy to remember and hard to guess.</source>
        <translation>
            <numerusform>Au moins %n caractère. Plusieurs mots sans rapport entre eux sont faciles à retenir et difficiles à deviner.</numerusform>
            <numerusform>Au moins %n caractères. Plusieurs mots sans rapport entre eux sont faciles à retenir et difficiles à deviner.</numerusform>
        </translation>
    </message>
    <message>
        <source>Strength: %1.</source>
        <translation>Robustesse : %1.</translation>
    </message>
</context>
<context>
    <name>habeas::PdfPasswordDialog</name>
    <message>
        <source>Password of the PDF</source>
        <translation>Mot de passe du PDF</translation>
    </message>
    <message>
        <source>The PDF opens only with this password. Give it to the person who receives the file by another way than the file itself: by telephone, or in a separate letter.</source>
        <translation>Le PDF ne s&apos;ouvre qu&apos;avec ce mot de passe. Communiquez-le à la personne qui reçoit le fichier par un autre moyen que le fichier lui-même : par téléphone, ou dans une lettre séparée.</translation>
    </message>
    <message>
        <source>PDF password</source>
        <translation>Mot de passe du PDF</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>PDF password, again</source>
        <translation>Confirmation du mot de passe du PDF</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Confirmation :</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe ne correspondent pas.</translation>
    </message>
</context>
<context>
    <name>habeas::PolicyNote</name>
    <message>
        <source>Set by your organisation</source>
        <translation>Fixé par votre organisation</translation>
    </message>
</context>
<context>
    <name>habeas::PrivacyNoticeDialog</name>
    <message>
        <source>Public privacy notice</source>
        <translation>Notice d&apos;information du public</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Language of the notice</source>
        <translation>Langue de la notice</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Direction :</translation>
    </message>
    <message>
        <source>&amp;Language of the notice:</source>
        <translation>&amp;Langue de la notice :</translation>
    </message>
    <message>
        <source>Preview of the notice</source>
        <translation>Aperçu de la notice</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en PD&amp;F…</translation>
    </message>
    <message>
        <source>Save as &amp;web page…</source>
        <translation>Enregistrer comme page &amp;web…</translation>
    </message>
    <message>
        <source>The register has no processing to tell the public about yet (drafts and retired processings are left out).</source>
        <translation>Le registre ne contient encore aucun traitement à porter à la connaissance du public (les traitements en brouillon ou retirés ne sont pas repris).</translation>
    </message>
    <message>
        <source>Made from the register today. Publish it where the public reads it, and make it again after the register changes.</source>
        <translation>Établie aujourd&apos;hui à partir du registre. Publiez-la là où le public la consulte, et refaites-la après chaque modification du registre.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Impression</translation>
    </message>
    <message>
        <source>Print the privacy notice</source>
        <translation>Imprimer la notice d&apos;information</translation>
    </message>
    <message>
        <source>The printer could not be used.</source>
        <translation>L&apos;imprimante n&apos;a pas pu être utilisée.</translation>
    </message>
    <message>
        <source>Save the privacy notice as a PDF</source>
        <translation>Enregistrer la notice d&apos;information en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the privacy notice as a web page</source>
        <translation>Enregistrer la notice d&apos;information comme page web</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation>Pages web (*.html *.htm)</translation>
    </message>
    <message>
        <source>privacy-notice-%1</source>
        <translation>notice-information-%1</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistrée dans %1.</translation>
    </message>
</context>
<context>
    <name>habeas::ProcessingEditor</name>
    <message>
        <source>Modified, not saved</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Ré&amp;tablir</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>Annuler la dernière modification (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Redo the change undone (Ctrl+Shift+Z)</source>
        <translation>Rétablir la modification annulée (Ctrl+Maj+Z)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the processing in the register (Ctrl+S)</source>
        <translation>Enregistrer le traitement au registre (Ctrl+S)</translation>
    </message>
    <message>
        <source>Other processings name this one, but it is not described yet: describe it and save to enter it in the register.</source>
        <translation>D&apos;autres traitements citent celui-ci, mais il n&apos;est pas encore décrit : décrivez-le puis enregistrez-le pour l&apos;inscrire au registre.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>The purpose of the processing, which is its name in the register.</source>
        <translation>La finalité du traitement, qui est son nom au registre.</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Functionalities</source>
        <translation>Fonctionnalités</translation>
    </message>
    <message>
        <source>People concerned</source>
        <translation>Personnes concernées</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Référence :</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>F&amp;inalité :</translation>
    </message>
    <message>
        <source>&amp;Department (controller):</source>
        <translation>&amp;Direction (responsable du traitement) :</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>One functionality a line</source>
        <translation>Une fonctionnalité par ligne</translation>
    </message>
    <message>
        <source>One category of people a line</source>
        <translation>Une catégorie de personnes par ligne</translation>
    </message>
    <message>
        <source>&amp;Functionalities:</source>
        <translation>F&amp;onctionnalités :</translation>
    </message>
    <message>
        <source>People &amp;concerned:</source>
        <translation>&amp;Personnes concernées :</translation>
    </message>
    <message>
        <source>Deliberations:</source>
        <translation>Délibérations :</translation>
    </message>
    <message>
        <source>I. Purpose</source>
        <translation>I. Finalité</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base légale</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Non indiquée</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Legal texts</source>
        <translation>Textes applicables</translation>
    </message>
    <message>
        <source>Dates as 2020-03-12 or as your system writes them.</source>
        <translation>Dates sous la forme 2020-03-12 ou au format de votre système.</translation>
    </message>
    <message>
        <source>Legal &amp;basis:</source>
        <translation>&amp;Base légale :</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>&amp;Justification :</translation>
    </message>
    <message>
        <source>Legal &amp;texts cited:</source>
        <translation>Textes c&amp;ités :</translation>
    </message>
    <message>
        <source>Add a legal text</source>
        <translation>Ajouter un texte</translation>
    </message>
    <message>
        <source>Remove the legal text</source>
        <translation>Retirer le texte</translation>
    </message>
    <message>
        <source>II. Lawfulness</source>
        <translation>II. Licéité</translation>
    </message>
    <message>
        <source>Category of data</source>
        <translation>Catégorie de données</translation>
    </message>
    <message>
        <source>Retention, as written</source>
        <translation>Conservation, telle qu&apos;écrite</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation>Catégories de données</translation>
    </message>
    <message>
        <source>Days: the retention as a number of days, when it is one; leave it empty otherwise.</source>
        <translation>Jours : la durée de conservation en nombre de jours, si c&apos;en est une ; sinon, laissez vide.</translation>
    </message>
    <message>
        <source>Each category of data with its retention period as the deliberation writes it and, where it is a fixed duration, that duration in days.</source>
        <translation>Chaque catégorie de données, avec sa durée de conservation telle que la délibération l&apos;écrit et, s&apos;il s&apos;agit d&apos;une durée fixe, cette durée en jours.</translation>
    </message>
    <message>
        <source>&amp;Data:</source>
        <translation>&amp;Données :</translation>
    </message>
    <message>
        <source>Add a category</source>
        <translation>Ajouter une catégorie</translation>
    </message>
    <message>
        <source>Remove the category</source>
        <translation>Retirer la catégorie</translation>
    </message>
    <message>
        <source>Source of the data</source>
        <translation>Origine des données</translation>
    </message>
    <message>
        <source>&amp;Source of the data:</source>
        <translation>&amp;Origine des données :</translation>
    </message>
    <message>
        <source>III. Data</source>
        <translation>III. Données</translation>
    </message>
    <message>
        <source>Information of the people concerned</source>
        <translation>Information des personnes concernées</translation>
    </message>
    <message>
        <source>Exercise of rights</source>
        <translation>Exercice des droits</translation>
    </message>
    <message>
        <source>&amp;Information of the people concerned:</source>
        <translation>&amp;Information des personnes concernées :</translation>
    </message>
    <message>
        <source>&amp;Exercise of their rights:</source>
        <translation>Exercice de leurs &amp;droits :</translation>
    </message>
    <message>
        <source>IV. Rights</source>
        <translation>IV. Droits</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>&amp;Recipients and their access:</source>
        <translation>&amp;Destinataires et leurs accès :</translation>
    </message>
    <message>
        <source>Add a recipient</source>
        <translation>Ajouter un destinataire</translation>
    </message>
    <message>
        <source>Remove the recipient</source>
        <translation>Retirer le destinataire</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Transferts</translation>
    </message>
    <message>
        <source>&amp;Transfers outside Monaco:</source>
        <translation>Tran&amp;sferts hors de Monaco :</translation>
    </message>
    <message>
        <source>V. Recipients</source>
        <translation>V. Destinataires</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Other processing</source>
        <translation>Autre traitement</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>A processing not in the register yet is entered as referenced only, to be described later.</source>
        <translation>Un traitement qui ne figure pas encore au registre y est inscrit comme seulement cité, pour être décrit plus tard.</translation>
    </message>
    <message>
        <source>&amp;Links to other processings:</source>
        <translation>&amp;Liens avec d&apos;autres traitements :</translation>
    </message>
    <message>
        <source>Add a link</source>
        <translation>Ajouter un lien</translation>
    </message>
    <message>
        <source>Remove the link</source>
        <translation>Retirer le lien</translation>
    </message>
    <message>
        <source>Linked from:</source>
        <translation>Cité par :</translation>
    </message>
    <message>
        <source>VI. Links</source>
        <translation>VI. Interconnexions</translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation>Mesures de sécurité</translation>
    </message>
    <message>
        <source>Security &amp;measures:</source>
        <translation>&amp;Mesures de sécurité :</translation>
    </message>
    <message>
        <source>VII. Security</source>
        <translation>VII. Sécurité</translation>
    </message>
    <message>
        <source>The retention of each category of data, as entered in section III.</source>
        <translation>La durée de conservation de chaque catégorie de données, telle que saisie à la section III.</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <source>VIII. Retention</source>
        <translation>VIII. Conservation</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>I. Purpose and functionalities</source>
        <translation>I. Finalité et fonctionnalités</translation>
    </message>
    <message>
        <source>II. Lawfulness: legal basis, justification and texts</source>
        <translation>II. Licéité : base légale, justification et textes</translation>
    </message>
    <message>
        <source>III. Data processed, their retention and their source</source>
        <translation>III. Données traitées, leur conservation et leur origine</translation>
    </message>
    <message>
        <source>IV. Information of the people concerned and exercise of their rights</source>
        <translation>IV. Information des personnes concernées et exercice de leurs droits</translation>
    </message>
    <message>
        <source>V. Recipients, access and transfers</source>
        <translation>V. Destinataires, accès et transferts</translation>
    </message>
    <message>
        <source>VI. Interconnections and matchings</source>
        <translation>VI. Interconnexions et rapprochements</translation>
    </message>
    <message>
        <source>VII. Security measures</source>
        <translation>VII. Mesures de sécurité</translation>
    </message>
    <message>
        <source>VIII. Retention of the data</source>
        <translation>VIII. Conservation des données</translation>
    </message>
    <message>
        <source>The changes saved: who, when, what before and after</source>
        <translation>Les modifications enregistrées : qui, quand, la valeur avant et après</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write it as 2020-03-12.</source>
        <translation>« %1 » n&apos;est pas une date : écrivez-la sous la forme 2020-03-12.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of days: leave it empty when the retention is not one.</source>
        <translation>« %1 » n&apos;est pas un nombre de jours : laissez vide si la durée de conservation n&apos;en est pas un.</translation>
    </message>
    <message>
        <source>Kind of link</source>
        <translation>Type de lien</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>No processing chosen: choose one in the list.</source>
        <translation>Aucun traitement choisi : choisissez-en un dans la liste.</translation>
    </message>
    <message>
        <source>New processing</source>
        <translation>Nouveau traitement</translation>
    </message>
    <message>
        <source>New processing: %1</source>
        <translation>Nouveau traitement : %1</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>Ajout d&apos;une ligne</translation>
    </message>
    <message>
        <source>Remove a row</source>
        <translation>Suppression d&apos;une ligne</translation>
    </message>
    <message>
        <source>A new processing: give at least its purpose, then save it.</source>
        <translation>Nouveau traitement : indiquez au moins sa finalité, puis enregistrez-le.</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>Your changes to &quot;%1&quot; are not saved. Save them?</source>
        <translation>Les modifications de « %1 » ne sont pas enregistrées. Les enregistrer ?</translation>
    </message>
    <message>
        <source>the new processing</source>
        <translation>Nouveau traitement</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>link kind, other processing</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>recipient, access</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 — %2 (%3 days)</source>
        <comment>category, retention, days</comment>
        <translation>%1 — %2 (%3 jours)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>category, retention</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No. %1 of %2: %3</source>
        <translation>N° %1 du %2 : %3</translation>
    </message>
    <message numerus="yes">
        <source>(%n condition(s) open)</source>
        <translation>
            <numerusform>(%n condition ouverte)</numerusform>
            <numerusform>(%n conditions ouvertes)</numerusform>
        </translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Aucune enregistrée.</translation>
    </message>
    <message>
        <source>No other processing links to this one.</source>
        <translation>Aucun autre traitement ne cite celui-ci.</translation>
    </message>
    <message>
        <source>To check:</source>
        <translation>À vérifier :</translation>
    </message>
    <message>
        <source>Whether the data must be given</source>
        <translation>Caractère obligatoire des données</translation>
    </message>
    <message>
        <source>Yes: the person must give it</source>
        <translation>Oui : la personne doit les fournir</translation>
    </message>
    <message>
        <source>No: giving it is optional</source>
        <translation>Non : leur fourniture est facultative</translation>
    </message>
    <message>
        <source>What follows when the data is not given</source>
        <translation>Conséquences d&apos;un défaut de réponse</translation>
    </message>
    <message>
        <source>For instance: without it the application cannot be examined.</source>
        <translation>Par exemple : sans ces données, la candidature ne peut pas être examinée.</translation>
    </message>
    <message>
        <source>Data &amp;mandatory:</source>
        <translation>Données obli&amp;gatoires :</translation>
    </message>
    <message>
        <source>When &amp;not given:</source>
        <translation>En cas de dé&amp;faut de réponse :</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
</context>
<context>
    <name>habeas::ProcessingSummaryDialog</name>
    <message>
        <source>entry</source>
        <translation>saisie</translation>
    </message>
    <message>
        <source>update</source>
        <translation>mise à jour</translation>
    </message>
    <message>
        <source>consultation</source>
        <translation>consultation</translation>
    </message>
    <message>
        <source>maintenance</source>
        <translation>maintenance</translation>
    </message>
    <message>
        <source>Interconnection</source>
        <translation>Interconnexion</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>Rapprochement</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Submitted to the authority</source>
        <translation>Soumis à l&apos;autorité</translation>
    </message>
    <message>
        <source>Opinion received</source>
        <translation>Avis reçu</translation>
    </message>
    <message>
        <source>In operation</source>
        <translation>En service</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Obligation légale</translation>
    </message>
    <message>
        <source>Public interest or official authority</source>
        <translation>Mission d&apos;intérêt public ou autorité publique</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>Intérêt légitime</translation>
    </message>
    <message>
        <source>Vital interest</source>
        <translation>Intérêt vital</translation>
    </message>
    <message>
        <source>Processing: %1</source>
        <translation>Traitement : %1</translation>
    </message>
    <message>
        <source>Not described yet:</source>
        <translation>Pas encore décrit :</translation>
    </message>
    <message>
        <source>other processings of the register name it, nothing more.</source>
        <translation>d&apos;autres traitements du registre le citent, sans plus.</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Référence :</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Direction :</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base légale</translation>
    </message>
    <message>
        <source>Basis:</source>
        <translation>Fondement :</translation>
    </message>
    <message>
        <source>Justification:</source>
        <translation>Justification :</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>legal text, its date</comment>
        <translation>%1 du %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>legal text, its reference</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Legal texts</source>
        <translation>Textes applicables</translation>
    </message>
    <message>
        <source>Functionalities</source>
        <translation>Fonctionnalités</translation>
    </message>
    <message>
        <source>People concerned</source>
        <translation>Personnes concernées</translation>
    </message>
    <message>
        <source>%1 — kept: %2</source>
        <comment>data category, its retention</comment>
        <translation>%1 — conservation : %2</translation>
    </message>
    <message>
        <source>Data and retention</source>
        <translation>Données et conservation</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>recipient, kinds of access</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Recipients and access</source>
        <translation>Destinataires et accès</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>kind of link, other processing</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Links with other processings</source>
        <translation>Liens avec d&apos;autres traitements</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Transferts</translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation>Mesures de sécurité</translation>
    </message>
    <message>
        <source>Information of the people concerned</source>
        <translation>Information des personnes concernées</translation>
    </message>
    <message>
        <source>Exercise of rights</source>
        <translation>Exercice des droits</translation>
    </message>
    <message>
        <source>Description of the processing</source>
        <translation>Description du traitement</translation>
    </message>
    <message>
        <source>Source of the data</source>
        <translation>Origine des données</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultative</translation>
    </message>
    <message>
        <source>Giving the data</source>
        <translation>Fourniture des données</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>mandatory or optional, what follows when not given</comment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>habeas::ReasonDialog</name>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>habeas::RegisterGraphPanel</name>
    <message>
        <source>&amp;Links away:</source>
        <translation>&amp;Distance (en liens) :</translation>
    </message>
    <message>
        <source>Links away</source>
        <translation>Distance en liens</translation>
    </message>
    <message>
        <source>How many links away from the processing chosen the graph reaches.</source>
        <translation>Nombre maximal de liens séparant du traitement choisi les traitements que montre le graphe.</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Réduire (Ctrl+-)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Agrandir (Ctrl++)</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>A&amp;juster</translation>
    </message>
    <message>
        <source>Show the whole graph (Ctrl+0)</source>
        <translation>Afficher tout le graphe (Ctrl+0)</translation>
    </message>
    <message>
        <source>&amp;Add to register…</source>
        <translation>&amp;Inscrire au registre…</translation>
    </message>
    <message>
        <source>Describe the processing chosen in the graph, which is only named by a link, in the editor; saving it enters it in the register.</source>
        <translation>Décrire dans l&apos;éditeur le traitement choisi dans le graphe, qui n&apos;est que cité par un lien ; son enregistrement l&apos;inscrit au registre.</translation>
    </message>
    <message>
        <source>Interconnection</source>
        <translation>Interconnexion</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>Rapprochement</translation>
    </message>
    <message>
        <source>Not in the register</source>
        <translation>Hors registre</translation>
    </message>
    <message>
        <source>Checks to look at</source>
        <translation>Contrôles à examiner</translation>
    </message>
    <message>
        <source>Choose a processing in the list to see the processings it is linked to.</source>
        <translation>Choisissez un traitement dans la liste pour voir les traitements auxquels il est lié.</translation>
    </message>
    <message>
        <source>Choose a saved processing in the list to see the processings it is linked to.</source>
        <translation>Choisissez un traitement enregistré dans la liste pour voir les traitements auxquels il est lié.</translation>
    </message>
    <message>
        <source>(no link to or from another processing)</source>
        <translation>(aucun lien avec un autre traitement)</translation>
    </message>
    <message>
        <source>&amp;Open in the editor</source>
        <translation>&amp;Ouvrir dans l&apos;éditeur</translation>
    </message>
    <message>
        <source>&amp;Centre the graph here</source>
        <translation>&amp;Centrer le graphe ici</translation>
    </message>
</context>
<context>
    <name>habeas::RegisterGraphView</name>
    <message>
        <source>Graph of the processing&apos;s links</source>
        <translation>Graphe des liens du traitement</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>Rapprochement</translation>
    </message>
    <message>
        <source>Interconnection</source>
        <translation>Interconnexion</translation>
    </message>
    <message>
        <source>Not in the register: only named by a link. Use &quot;Add to register&quot; to describe it.</source>
        <translation>Hors registre : seulement cité par un lien. Utilisez « Inscrire au registre » pour le décrire.</translation>
    </message>
    <message>
        <source>not in the register</source>
        <translation>hors registre</translation>
    </message>
    <message>
        <source>the processing shown</source>
        <translation>le traitement affiché</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) away</source>
        <translation>
            <numerusform>à %n lien de distance</numerusform>
            <numerusform>à %n liens de distance</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) to others shown</source>
        <translation>
            <numerusform>%n lien vers les autres traitements affichés</numerusform>
            <numerusform>%n liens vers les autres traitements affichés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) from others shown</source>
        <translation>
            <numerusform>%n lien venant des autres traitements affichés</numerusform>
            <numerusform>%n liens venant des autres traitements affichés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) to look at</source>
        <translation>
            <numerusform>%n contrôle à examiner</numerusform>
            <numerusform>%n contrôles à examiner</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>habeas::RegisterModel</name>
    <message>
        <source>Referenced only</source>
        <translation>Seulement cité</translation>
    </message>
    <message numerus="yes">
        <source>%n condition(s) of the authority&apos;s deliberations still open or in progress</source>
        <translation>
            <numerusform>%n condition des délibérations de l&apos;autorité encore ouverte ou en cours</numerusform>
            <numerusform>%n conditions des délibérations de l&apos;autorité encore ouvertes ou en cours</numerusform>
        </translation>
    </message>
    <message>
        <source>Conditions of the authority&apos;s deliberations still open or in progress</source>
        <translation>Conditions des délibérations de l&apos;autorité encore ouvertes ou en cours</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base légale</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Modifié le</translation>
    </message>
    <message>
        <source>What the register&apos;s consistency checks found to look at</source>
        <translation>Points à examiner relevés par les contrôles de cohérence du registre</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Contrôles</translation>
    </message>
</context>
<context>
    <name>habeas::RegisterPage</name>
    <message>
        <source>Search the register</source>
        <translation>Rechercher dans le registre</translation>
    </message>
    <message>
        <source>Purpose or reference…</source>
        <translation>Finalité ou référence…</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre par statut</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Department filter</source>
        <translation>Filtre par direction</translation>
    </message>
    <message>
        <source>Every department</source>
        <translation>Toutes les directions</translation>
    </message>
    <message>
        <source>With open &amp;conditions</source>
        <translation>Avec &amp;conditions ouvertes</translation>
    </message>
    <message>
        <source>Only the processings whose deliberations have conditions still open or in progress.</source>
        <translation>Uniquement les traitements dont les délibérations ont des conditions encore ouvertes ou en cours.</translation>
    </message>
    <message>
        <source>&amp;New processing…</source>
        <translation>&amp;Nouveau traitement…</translation>
    </message>
    <message>
        <source>Processings</source>
        <translation>Traitements</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registre</translation>
    </message>
    <message numerus="yes">
        <source>%n processing(s) shown</source>
        <translation>
            <numerusform>%n traitement affiché</numerusform>
            <numerusform>%n traitements affichés</numerusform>
        </translation>
    </message>
    <message>
        <source>The &amp;processing chosen</source>
        <translation>Le &amp;traitement choisi</translation>
    </message>
    <message>
        <source>The &amp;whole register</source>
        <translation>Tout le &amp;registre</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Impri&amp;mer…</translation>
    </message>
    <message>
        <source>Print the processing chosen (Ctrl+P) or the whole register, as saved.</source>
        <translation>Imprimer le traitement choisi (Ctrl+P) ou tout le registre, dans leur version enregistrée.</translation>
    </message>
    <message>
        <source>E&amp;xport as encrypted PDF…</source>
        <translation>E&amp;xporter en PDF chiffré…</translation>
    </message>
    <message>
        <source>Save the processing chosen or the whole register as a PDF that opens only with a password.</source>
        <translation>Enregistrer le traitement choisi ou tout le registre dans un PDF qui ne s&apos;ouvre qu&apos;avec un mot de passe.</translation>
    </message>
    <message>
        <source>Choose a saved processing in the list first.</source>
        <translation>Choisissez d&apos;abord un traitement enregistré dans la liste.</translation>
    </message>
    <message>
        <source>The extract shows the processing as saved: your edits not saved yet are not in it.</source>
        <translation>L&apos;extrait présente le traitement tel qu&apos;il est enregistré : vos modifications non encore enregistrées n&apos;y figurent pas.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Impression</translation>
    </message>
    <message>
        <source>Register of processings</source>
        <translation>Registre des traitements</translation>
    </message>
    <message>
        <source>Register extract</source>
        <translation>Extrait du registre</translation>
    </message>
    <message>
        <source>Print the register</source>
        <translation>Imprimer le registre</translation>
    </message>
    <message>
        <source>Print the processing</source>
        <translation>Imprimer le traitement</translation>
    </message>
    <message>
        <source>The register is not printed to a file: use &quot;Export as encrypted PDF&quot;, which protects the file with a password.</source>
        <translation>Le registre ne s&apos;imprime pas dans un fichier : utilisez « Exporter en PDF chiffré », qui protège le fichier par un mot de passe.</translation>
    </message>
    <message>
        <source>Export the register as an encrypted PDF</source>
        <translation>Exporter le registre en PDF chiffré</translation>
    </message>
    <message>
        <source>Export the processing as an encrypted PDF</source>
        <translation>Exporter le traitement en PDF chiffré</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export as encrypted PDF</source>
        <translation>Exporter en PDF chiffré</translation>
    </message>
    <message>
        <source>The extract was saved in %1. It opens only with the password you chose.</source>
        <translation>L&apos;extrait a été enregistré dans %1. Il ne s&apos;ouvre qu&apos;avec le mot de passe que vous avez choisi.</translation>
    </message>
    <message>
        <source>&amp;Inspection file…</source>
        <translation>Dossier d&apos;&amp;inspection…</translation>
    </message>
    <message>
        <source>Make the file for the supervisory authority: the register, the deliberations, the figures of the requests and the audit log, as an encrypted PDF.</source>
        <translation>Établir le dossier destiné à l&apos;autorité de contrôle : le registre, les délibérations, les chiffres des demandes et le journal d&apos;audit, en PDF chiffré.</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>Links &amp;graph</source>
        <translation>&amp;Graphe des liens</translation>
    </message>
    <message>
        <source>The processings linked to the one chosen, and theirs, drawn as a graph.</source>
        <translation>Les traitements liés au traitement choisi, et ceux qui leur sont liés, représentés sous forme de graphe.</translation>
    </message>
    <message>
        <source>The inspection file shows the processing as saved: your edits not saved yet are not in it.</source>
        <translation>Le dossier d&apos;inspection présente le traitement dans sa version enregistrée : vos modifications non encore enregistrées n&apos;y figurent pas.</translation>
    </message>
    <message>
        <source>Inspection file %1</source>
        <translation>Dossier d&apos;inspection %1</translation>
    </message>
    <message>
        <source>Save the inspection file as an encrypted PDF</source>
        <translation>Enregistrer le dossier d&apos;inspection en PDF chiffré</translation>
    </message>
    <message>
        <source>Making the inspection file…</source>
        <translation>Création du dossier d&apos;inspection…</translation>
    </message>
    <message>
        <source>Inspection file</source>
        <translation>Dossier d&apos;inspection</translation>
    </message>
    <message>
        <source>The inspection file was saved in %1. It opens only with the password you chose; give the password to the authority by another way than the file.</source>
        <translation>Le dossier d&apos;inspection a été enregistré dans %1. Il ne s&apos;ouvre qu&apos;avec le mot de passe que vous avez choisi ; communiquez ce mot de passe à l&apos;autorité par un autre moyen que le fichier.</translation>
    </message>
</context>
<context>
    <name>habeas::RequestView</name>
    <message>
        <source>Check the &amp;identity</source>
        <translation>Vérifier l&apos;&amp;identité</translation>
    </message>
    <message>
        <source>Identity &amp;verified: examine</source>
        <translation>Identité &amp;vérifiée : instruire</translation>
    </message>
    <message>
        <source>Mark as &amp;answered</source>
        <translation>Marquer comme &amp;répondue</translation>
    </message>
    <message>
        <source>&amp;Close the request</source>
        <translation>&amp;Clôturer la demande</translation>
    </message>
    <message>
        <source>Re&amp;fuse…</source>
        <translation>Re&amp;fuser…</translation>
    </message>
    <message>
        <source>&amp;Withdrawn…</source>
        <translation>Re&amp;tirée…</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <source>E&amp;xtend the deadline…</source>
        <translation>&amp;Prolonger le délai…</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>Ré&amp;sumé</translation>
    </message>
    <message>
        <source>Requester and a&amp;gent</source>
        <translation>Demandeur et &amp;mandataire</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Canal :</translation>
    </message>
    <message>
        <source>Date of receipt</source>
        <translation>Date de réception</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>&amp;Reçue le :</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Droits</translation>
    </message>
    <message>
        <source>Rights:</source>
        <translation>Droits :</translation>
    </message>
    <message>
        <source>Language of correspondence</source>
        <translation>Langue des courriers</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>&amp;Letters in:</source>
        <translation>&amp;Courriers en :</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>&amp;Assigned to:</source>
        <translation>&amp;Confiée à :</translation>
    </message>
    <message>
        <source>The request in the requester&apos;s words</source>
        <translation>La demande dans les mots du demandeur</translation>
    </message>
    <message>
        <source>The request, in the requester&apos;s &amp;words:</source>
        <translation>La demande, dans les &amp;mots du demandeur :</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Délai</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Délai :</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <source>Agent acting for the requester</source>
        <translation>Mandataire agissant pour le demandeur</translation>
    </message>
    <message>
        <source>Mandate checklist</source>
        <translation>Liste de contrôle du mandat</translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation>Contrôle :</translation>
    </message>
    <message>
        <source>Internal notes: never printed in a letter.</source>
        <translation>Notes internes : jamais imprimées dans un courrier.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>New &amp;note:</source>
        <translation>Nouvelle &amp;note :</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nouvelle note</translation>
    </message>
    <message>
        <source>A&amp;dd the note</source>
        <translation>A&amp;jouter la note</translation>
    </message>
    <message>
        <source>History of the request</source>
        <translation>Historique de la demande</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Reply due %1.</source>
        <translation>Réponse attendue le %1.</translation>
    </message>
    <message numerus="yes">
        <source>Paused %n day(s) while identity proof was awaited.</source>
        <translation>
            <numerusform>Suspendu %n jour dans l&apos;attente du justificatif d&apos;identité.</numerusform>
            <numerusform>Suspendu %n jours dans l&apos;attente du justificatif d&apos;identité.</numerusform>
        </translation>
    </message>
    <message>
        <source>Extended to %1: %2</source>
        <translation>Prolongé jusqu&apos;au %1 : %2</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refusée : %1</translation>
    </message>
    <message>
        <source>No note yet.</source>
        <translation>Aucune note pour l&apos;instant.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Request changed meanwhile</source>
        <translation>Demande modifiée entre-temps</translation>
    </message>
    <message>
        <source>Reload the request now? Your changes will be lost.</source>
        <translation>Recharger la demande maintenant ? Vos modifications seront perdues.</translation>
    </message>
    <message>
        <source>Your changes to this request are not saved yet. Save them first?</source>
        <translation>Vos modifications de cette demande ne sont pas encore enregistrées. Les enregistrer d&apos;abord ?</translation>
    </message>
    <message>
        <source>The copy of the identity document kept for this request will be destroyed now, and cannot be recovered.</source>
        <translation>La copie de la pièce d&apos;identité conservée pour cette demande sera détruite maintenant, sans retour possible.</translation>
    </message>
    <message>
        <source>Refuse the request</source>
        <translation>Refuser la demande</translation>
    </message>
    <message>
        <source>Say why the request is refused: the reason is printed in the reply, which also tells the requester of their right to refer the matter to the APDP.</source>
        <translation>Indiquez pourquoi la demande est refusée : le motif figure dans la réponse, qui rappelle aussi au demandeur son droit de saisir l&apos;APDP.</translation>
    </message>
    <message>
        <source>&amp;Refuse</source>
        <translation>&amp;Refuser</translation>
    </message>
    <message>
        <source>Go on?</source>
        <translation>Continuer ?</translation>
    </message>
    <message>
        <source>Extend the deadline</source>
        <translation>Prolonger le délai</translation>
    </message>
    <message>
        <source>The deadline can be extended once, with reasons, before the first deadline passes. The new deadline would be %1 (%2). The requester is told of it and of the reasons.</source>
        <translation>Le délai peut être prolongé une fois, avec motifs, avant l&apos;expiration du premier délai. Le nouveau délai serait le %1 (%2). Le demandeur en est informé, ainsi que des motifs.</translation>
    </message>
    <message>
        <source>E&amp;xtend</source>
        <translation>&amp;Prolonger</translation>
    </message>
    <message>
        <source>No request open</source>
        <translation>Aucune demande ouverte</translation>
    </message>
    <message>
        <source>Open a request from the list (Enter or a double click).</source>
        <translation>Ouvrez une demande depuis la liste (Entrée ou double clic).</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Reload the request and drop your changes?</source>
        <translation>Recharger la demande et abandonner vos modifications ?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <source>Your changes to the request %1 are not saved. Save them?</source>
        <translation>Vos modifications de la demande %1 ne sont pas enregistrées. Les enregistrer ?</translation>
    </message>
    <message>
        <source>Closing the request %1 ends it.</source>
        <translation>Clôturer la demande %1 y met fin.</translation>
    </message>
    <message>
        <source>Recording that the requester withdrew the request %1 ends it.</source>
        <translation>Enregistrer le retrait de la demande %1 par le demandeur y met fin.</translation>
    </message>
    <message>
        <source>Identit&amp;y</source>
        <translation>Identit&amp;é</translation>
    </message>
    <message>
        <source>Pr&amp;ocessings</source>
        <translation>&amp;Traitements</translation>
    </message>
    <message>
        <source>Audit log entries about the request</source>
        <translation>Entrées du journal d&apos;audit sur la demande</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>&amp;State changes:</source>
        <translation>Changements d&apos;é&amp;tat :</translation>
    </message>
    <message>
        <source>Recorded in the a&amp;udit log:</source>
        <translation>Inscrit au journal d&apos;a&amp;udit :</translation>
    </message>
    <message>
        <source>anonymised</source>
        <translation>anonymisée</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>Its personal data was cleared on %1, once the case file&apos;s retention period was over.</source>
        <translation>Ses données personnelles ont été effacées le %1, à la fin de la durée de conservation du dossier.</translation>
    </message>
    <message>
        <source>Technical detail: %1</source>
        <translation>Détail technique : %1</translation>
    </message>
    <message>
        <source>Prepare the letter…</source>
        <translation>Préparer la lettre…</translation>
    </message>
    <message>
        <source>Prepare the letter to send</source>
        <translation>Préparer la lettre à envoyer</translation>
    </message>
    <message>
        <source>L&amp;etters</source>
        <translation>&amp;Lettres</translation>
    </message>
    <message numerus="yes">
        <source>Letter(s) to send: %1.</source>
        <translation>
            <numerusform>Lettre à envoyer : %1.</numerusform>
            <numerusform>Lettres à envoyer : %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>habeas::RequesterForm</name>
    <message>
        <source>Civility</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <source>C&amp;ivility:</source>
        <translation>C&amp;ivilité :</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>&amp;Surname:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom :</translation>
    </message>
    <message>
        <source>Birth name</source>
        <translation>Nom de naissance</translation>
    </message>
    <message>
        <source>&amp;Birth name:</source>
        <translation>Nom de &amp;naissance :</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Adresse postale</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adresse électronique</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Co&amp;urriel :</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>&amp;Telephone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>Matricule</translation>
    </message>
    <message>
        <source>Staff n&amp;umber:</source>
        <translation>&amp;Matricule :</translation>
    </message>
</context>
<context>
    <name>habeas::RequestsModel</name>
    <message numerus="yes">
        <source>%1 — overdue by %n day(s)</source>
        <translation>
            <numerusform>%1 — en retard de %n jour</numerusform>
            <numerusform>%1 — en retard de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — due today</source>
        <translation>%1 — échéance aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n working day(s) left</source>
        <translation>
            <numerusform>%1 — reste %n jour ouvré</numerusform>
            <numerusform>%1 — restent %n jours ouvrés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n day(s) left</source>
        <translation>
            <numerusform>%1 — reste %n jour</numerusform>
            <numerusform>%1 — restent %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Droits</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Attribuée à</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Reçue le</translation>
    </message>
</context>
<context>
    <name>habeas::RequestsPage</name>
    <message>
        <source>&lt;h2&gt;Requests&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Demandes&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Reference or requester&apos;s name</source>
        <translation>Référence ou nom du demandeur</translation>
    </message>
    <message>
        <source>Search requests</source>
        <translation>Rechercher dans les demandes</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>Re&amp;chercher :</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Droit</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Attribuée à</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>En &amp;retard seulement</translation>
    </message>
    <message>
        <source>&amp;Mine only</source>
        <translation>Les &amp;miennes seulement</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <source>&amp;Right:</source>
        <translation>&amp;Droit :</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>C&amp;anal :</translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>Attri&amp;buée à :</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>A&amp;nnée :</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>All rights</source>
        <translation>Tous les droits</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Tous les canaux</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Toutes les années</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n demande</numerusform>
            <numerusform>%n demandes</numerusform>
        </translation>
    </message>
    <message>
        <source>Your role does not allow viewing requests.</source>
        <translation>Votre rôle ne permet pas de consulter les demandes.</translation>
    </message>
</context>
<context>
    <name>habeas::ResetPasswordDialog</name>
    <message>
        <source>Reset a password — Habeas</source>
        <translation>Réinitialiser un mot de passe — Habeas</translation>
    </message>
    <message>
        <source>New temporary password for %1 (%2). Their current password stops working at once.</source>
        <translation>Nouveau mot de passe provisoire pour %1 (%2). Son mot de passe actuel cesse immédiatement de fonctionner.</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Mot de passe provisoire</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>Mot de passe &amp;provisoire :</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>&amp;Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <source>Enable an account — Habeas</source>
        <translation>Réactiver un compte — Habeas</translation>
    </message>
    <message>
        <source>Temporary password for %1 (%2), whose account is enabled again. They must change it at first sign-in.</source>
        <translation>Mot de passe provisoire pour %1 (%2), dont le compte est réactivé. La personne devra le modifier à sa première connexion.</translation>
    </message>
    <message>
        <source>&amp;Enable account</source>
        <translation>Ré&amp;activer le compte</translation>
    </message>
    <message>
        <source>The current password may be known to someone else: change the &amp;vault key too</source>
        <translation>Le mot de passe actuel est peut-être connu d&apos;un tiers : changer aussi la clé du &amp;coffre-fort</translation>
    </message>
    <message>
        <source>Older copies of the key file then no longer open the vault with the current password. This takes about as long as a backup.</source>
        <translation>Les copies antérieures du fichier de clés n&apos;ouvrent alors plus le coffre-fort avec le mot de passe actuel. Cela dure à peu près autant qu&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>Resetting the password and changing the vault key…</source>
        <translation>Réinitialisation du mot de passe et changement de la clé du coffre-fort…</translation>
    </message>
</context>
<context>
    <name>habeas::RetentionPage</name>
    <message>
        <source>&lt;h2&gt;Case files&lt;/h2&gt;Habeas is itself a processing of personal data. An ended request is kept for the years below, counted from the day it ended; then its personal data is cleared: requester, agent, contact, the request&apos;s own words, notes and what was written about each processing. The reference, the rights, the dates, the state and the record of the identity document&apos;s destruction stay, for the statistics.</source>
        <translation>&lt;h2&gt;Conservation des dossiers&lt;/h2&gt;Habeas est lui-même un traitement de données personnelles. Une demande terminée est conservée le nombre d&apos;années ci-dessous, compté depuis le jour où elle a pris fin ; ses données personnelles sont ensuite effacées : demandeur, mandataire, coordonnées, la demande dans les mots du demandeur, les notes et ce qui a été écrit pour chaque traitement. La référence, les droits, les dates, l&apos;état et le procès-verbal de destruction de la pièce d&apos;identité restent, pour les statistiques.</translation>
    </message>
    <message>
        <source>&amp;Keep ended requests for:</source>
        <translation>&amp;Conserver les demandes terminées :</translation>
    </message>
    <message>
        <source>Years an ended request is kept</source>
        <translation>Années de conservation d&apos;une demande terminée</translation>
    </message>
    <message>
        <source>&amp;Save the period</source>
        <translation>&amp;Enregistrer la durée</translation>
    </message>
    <message>
        <source>The data protection officer sets this period.</source>
        <translation>Cette durée est fixée par le délégué à la protection des données.</translation>
    </message>
    <message>
        <source>Ended requests past the period</source>
        <translation>Demandes terminées dont la durée est dépassée</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Droits</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Terminée le</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>Conservée jusqu&apos;au</translation>
    </message>
    <message>
        <source>Case files</source>
        <translation>Conservation des dossiers</translation>
    </message>
    <message>
        <source>No ended request is past the period: every request that ended after %1 is kept.</source>
        <translation>Aucune demande terminée n&apos;a dépassé la durée : toute demande terminée après le %1 est conservée.</translation>
    </message>
    <message>
        <source>&amp;Anonymise…</source>
        <translation>&amp;Anonymiser…</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Anonymise %n request(s)…</source>
        <translation>
            <numerusform>&amp;Anonymiser %n demande…</numerusform>
            <numerusform>&amp;Anonymiser %n demandes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ended requests are now kept %n year(s) after their end.</source>
        <translation>
            <numerusform>Les demandes terminées sont désormais conservées %n an après leur fin.</numerusform>
            <numerusform>Les demandes terminées sont désormais conservées %n ans après leur fin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymise the case files</source>
        <translation>Anonymiser les dossiers</translation>
    </message>
    <message numerus="yes">
        <source>The personal data of %n request(s) will be cleared now: requester, agent, contact, the request&apos;s own words, notes and what was written about each processing. This cannot be undone. The reference, rights, dates and state stay.

Anonymise them?</source>
        <translation>
            <numerusform>Les données personnelles de %n demande vont être effacées maintenant : demandeur, mandataire, coordonnées, la demande dans les mots du demandeur, les notes et ce qui a été écrit pour chaque traitement. C&apos;est irréversible. La référence, les droits, les dates et l&apos;état restent.

Anonymiser ?</numerusform>
            <numerusform>Les données personnelles de %n demandes vont être effacées maintenant : demandeur, mandataire, coordonnées, la demande dans les mots du demandeur, les notes et ce qui a été écrit pour chaque traitement. C&apos;est irréversible. La référence, les droits, les dates et l&apos;état restent.

Anonymiser ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) anonymised.</source>
        <translation>
            <numerusform>%n demande anonymisée.</numerusform>
            <numerusform>%n demandes anonymisées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) ended on or before %1 and are past the period; their personal data should be cleared now.</source>
        <translation>
            <numerusform>%n demande a pris fin le %1 ou avant et a dépassé la durée ; ses données personnelles doivent maintenant être effacées.</numerusform>
            <numerusform>%n demandes ont pris fin le %1 ou avant et ont dépassé la durée ; leurs données personnelles doivent maintenant être effacées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> year(s)</source>
        <translation>
            <numerusform> an</numerusform>
            <numerusform> ans</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>habeas::SecuritySettingsPage</name>
    <message>
        <source>&lt;h2&gt;Settings&lt;/h2&gt;These settings are kept in the vault and apply to every desk.</source>
        <translation>&lt;h2&gt;Paramètres&lt;/h2&gt;Ces paramètres sont conservés dans le coffre-fort et s&apos;appliquent à tous les postes.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Lock after idle time</source>
        <translation>Verrouillage après inactivité</translation>
    </message>
    <message>
        <source>Minimum password length</source>
        <translation>Longueur minimale du mot de passe</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Password renewal period</source>
        <translation>Durée de renouvellement du mot de passe</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisme :</translation>
    </message>
    <message>
        <source>&amp;Lock after idle time:</source>
        <translation>&amp;Verrouillage après inactivité :</translation>
    </message>
    <message>
        <source>&amp;Minimum password length:</source>
        <translation>&amp;Longueur minimale du mot de passe :</translation>
    </message>
    <message>
        <source>Password &amp;renewal period:</source>
        <translation>Durée de &amp;renouvellement du mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Paramètres enregistrés.</translation>
    </message>
    <message numerus="yes">
        <source>Limited to %n minute(s) on this computer (set by your organisation).</source>
        <translation>
            <numerusform>Limité à %n minute sur cet ordinateur (fixé par votre organisation).</numerusform>
            <numerusform>Limité à %n minutes sur cet ordinateur (fixé par votre organisation).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>habeas::SqlCipherDriver</name>
    <message>
        <source>No encryption key was given for the database.</source>
        <translation>Aucune clé de chiffrement n&apos;a été fournie pour la base de données.</translation>
    </message>
    <message>
        <source>The database file cannot be opened.</source>
        <translation>Le fichier de la base de données ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>The encryption key could not be applied.</source>
        <translation>La clé de chiffrement n&apos;a pas pu être appliquée.</translation>
    </message>
    <message>
        <source>Encryption is not active: the SQLite library in use is not SQLCipher.</source>
        <translation>Le chiffrement n&apos;est pas actif : la bibliothèque SQLite utilisée n&apos;est pas SQLCipher.</translation>
    </message>
    <message>
        <source>Cannot set the cipher format.</source>
        <translation>Impossible de définir le format de chiffrement.</translation>
    </message>
    <message>
        <source>Cannot set the cipher page size.</source>
        <translation>Impossible de définir la taille des pages chiffrées.</translation>
    </message>
    <message>
        <source>The database file is not encrypted.</source>
        <translation>Le fichier de la base de données n&apos;est pas chiffré.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>La base de données n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>A transaction is already in progress; transactions cannot be nested.</source>
        <translation>Une transaction est déjà en cours : les transactions ne peuvent pas être imbriquées.</translation>
    </message>
    <message>
        <source>Cannot start a transaction.</source>
        <translation>Impossible de démarrer une transaction.</translation>
    </message>
    <message>
        <source>Cannot commit the transaction.</source>
        <translation>Impossible de valider la transaction.</translation>
    </message>
    <message>
        <source>Cannot roll back the transaction.</source>
        <translation>Impossible d&apos;annuler la transaction.</translation>
    </message>
    <message>
        <source>Unable to prepare the statement.</source>
        <translation>Impossible de préparer la requête.</translation>
    </message>
    <message>
        <source>Only one statement can be executed at a time.</source>
        <translation>Une seule requête peut être exécutée à la fois.</translation>
    </message>
    <message>
        <source>The statement is empty.</source>
        <translation>La requête est vide.</translation>
    </message>
    <message>
        <source>Parameter count mismatch: the statement has %1 placeholders, %2 values were bound.</source>
        <translation>Nombre de paramètres incorrect : la requête comporte %1 marqueurs de paramètre, mais %2 valeurs ont été liées.</translation>
    </message>
    <message>
        <source>The value %1 is too large for a 64-bit integer column.</source>
        <translation>La valeur %1 est trop grande pour une colonne d&apos;entiers 64 bits.</translation>
    </message>
    <message>
        <source>Values of type %1 cannot be stored.</source>
        <translation>Les valeurs de type %1 ne peuvent pas être enregistrées.</translation>
    </message>
    <message>
        <source>Unable to bind parameter %1.</source>
        <translation>Impossible de lier le paramètre %1.</translation>
    </message>
    <message>
        <source>Unable to fetch the next row.</source>
        <translation>Impossible de lire la ligne suivante.</translation>
    </message>
    <message>
        <source>No prepared statement to execute.</source>
        <translation>Aucune requête préparée à exécuter.</translation>
    </message>
    <message>
        <source>Unable to execute the statement.</source>
        <translation>Impossible d&apos;exécuter la requête.</translation>
    </message>
</context>
<context>
    <name>habeas::VaultLocationPage</name>
    <message>
        <source>Where to keep the vault</source>
        <translation>Emplacement du coffre-fort</translation>
    </message>
    <message>
        <source>The vault is two files: NAME.habeas (the encrypted database) and NAME.habeas-keys (its keys). Keep them together, on a drive that is backed up.</source>
        <translation>Le coffre-fort se compose de deux fichiers : NOM.habeas (la base de données chiffrée) et NOM.habeas-keys (ses clés). Conservez-les ensemble, sur un disque sauvegardé.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>Vault name</source>
        <translation>Nom du coffre-fort</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Will create %1</source>
        <translation>Fichier qui sera créé : %1</translation>
    </message>
    <message>
        <source>Folder of the vault</source>
        <translation>Dossier du coffre-fort</translation>
    </message>
    <message>
        <source>This folder does not exist.</source>
        <translation>Ce dossier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>A vault with this name already exists here; choose another name.</source>
        <translation>Un coffre-fort portant ce nom existe déjà dans ce dossier : choisissez un autre nom.</translation>
    </message>
</context>
<context>
    <name>habeas::VaultOverviewPage</name>
    <message>
        <source>Tables of the vault</source>
        <translation>Tables du coffre-fort</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Coffre-fort</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Vault&lt;/h2&gt;&lt;b&gt;File&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Format&lt;/b&gt; Habeas vault, key file format %2, SQLCipher %3 file format (library %4), %5-byte pages&lt;br&gt;&lt;b&gt;Schema version&lt;/b&gt; %6&lt;br&gt;&lt;b&gt;Key slots&lt;/b&gt; %7</source>
        <translation>&lt;h2&gt;Coffre-fort&lt;/h2&gt;&lt;b&gt;Fichier&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Format&lt;/b&gt; coffre-fort Habeas, format du fichier de clés %2, format de fichier SQLCipher %3 (bibliothèque %4), pages de %5 octets&lt;br&gt;&lt;b&gt;Version du schéma&lt;/b&gt; %6&lt;br&gt;&lt;b&gt;Emplacements de clé&lt;/b&gt; %7</translation>
    </message>
    <message>
        <source>Change the vault &amp;key…</source>
        <translation>Changer la &amp;clé du coffre-fort…</translation>
    </message>
    <message>
        <source>A new key for the database, given to every account still in the vault, so that older copies of the key file no longer open it.</source>
        <translation>Une nouvelle clé pour la base de données, remise à chaque compte encore présent, afin que les copies antérieures du fichier de clés ne l&apos;ouvrent plus.</translation>
    </message>
    <message>
        <source>Change the vault key</source>
        <translation>Changer la clé du coffre-fort</translation>
    </message>
    <message>
        <source>Give the vault a new key? Every account keeps its password. Copies of the key file made before (in backups, or kept by someone who has left) will no longer open the vault. The database is copied under the new key, which takes about as long as a backup; keep Habeas open until it is done.</source>
        <translation>Donner une nouvelle clé au coffre-fort ? Chaque compte conserve son mot de passe. Les copies antérieures du fichier de clés (dans les sauvegardes, ou gardées par une personne partie) n&apos;ouvriront plus le coffre-fort. La base de données est recopiée sous la nouvelle clé, ce qui dure à peu près autant qu&apos;une sauvegarde ; laissez Habeas ouvert jusqu&apos;à la fin.</translation>
    </message>
    <message>
        <source>Changing the vault key…</source>
        <translation>Changement de la clé du coffre-fort…</translation>
    </message>
    <message>
        <source>The vault key is changed. Make a new backup: earlier backups still open with the passwords that were valid when they were made.</source>
        <translation>La clé du coffre-fort est changée. Faites une nouvelle sauvegarde : les sauvegardes antérieures s&apos;ouvrent toujours avec les mots de passe valables au moment où elles ont été faites.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Case desk for a data-protection office.</source>
        <translation>Gestion des dossiers d&apos;un service de protection des données.</translation>
    </message>
    <message>
        <source>Open the demo vault (created if missing).</source>
        <translation>Ouvre le coffre-fort de démonstration (créé s&apos;il n&apos;existe pas).</translation>
    </message>
    <message>
        <source>Language of the interface (fr or en).</source>
        <translation>Langue de l&apos;interface (fr ou en).</translation>
    </message>
    <message>
        <source>The vault to open.</source>
        <translation>Le coffre-fort à ouvrir.</translation>
    </message>
    <message>
        <source>Save every screen of a fresh demo vault as PNG files in FOLDER, then quit.</source>
        <translation>Enregistrer chaque écran d&apos;un coffre-fort de démonstration neuf en images PNG dans DOSSIER, puis quitter.</translation>
    </message>
    <message>
        <source>Show the version and the libraries in use.</source>
        <translation>Afficher la version et les bibliothèques utilisées.</translation>
    </message>
</context>
</TS>

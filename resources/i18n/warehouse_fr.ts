<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
  <context>
    <name>BackupActions</name>
    <message>
      <source>Back up now</source>
      <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
      <source>Restore a backup…</source>
      <translation>Restaurer une sauvegarde…</translation>
    </message>
    <message>
      <source>Backup</source>
      <translation>Sauvegarde</translation>
    </message>
    <message>
      <source>Restore</source>
      <translation>Restauration</translation>
    </message>
    <message>
      <source>Choose the backup to restore</source>
      <translation>Choisissez la sauvegarde à restaurer</translation>
    </message>
    <message>
      <source>Warehouse backups (*.db)</source>
      <translation>Sauvegardes de l'entrepôt (*.db)</translation>
    </message>
    <message>
      <source>Restore a backup</source>
      <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
      <source>Restoring {path}… scans are not recorded until it is done</source>
      <translation>Restauration de {path}… les scans ne sont pas enregistrés tant qu'elle n'est pas finie</translation>
    </message>
  </context>
  <context>
    <name>BenchView</name>
    <message>
      <source>Mode</source>
      <translation>Mode</translation>
    </message>
    <message>
      <source>Category template</source>
      <translation>Modèle de catégorie</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>Emplacement</translation>
    </message>
    <message>
      <source>Van load</source>
      <translation>Chargement</translation>
    </message>
    <message>
      <source>Stock-take</source>
      <translation>Inventaire</translation>
    </message>
    <message>
      <source>Volunteer</source>
      <translation>Bénévole</translation>
    </message>
    <message>
      <source>Size:</source>
      <translation>Taille :</translation>
    </message>
    <message>
      <source>&amp;Items per box:</source>
      <translation>&amp;Articles par carton :</translation>
    </message>
    <message>
      <source>E&amp;xpiry month:</source>
      <translation>Mois de &amp;péremption :</translation>
    </message>
    <message>
      <source>YYYY-MM</source>
      <translation>AAAA-MM</translation>
    </message>
    <message>
      <source>&amp;Weight (kg):</source>
      <translation>&amp;Poids (kg) :</translation>
    </message>
    <message>
      <source>not weighed</source>
      <translation>non pesé</translation>
    </message>
    <message>
      <source>The weight of the next box only, e.g. 12.5 or 12,5; cleared once it is made</source>
      <translation>Le poids du prochain carton seulement, par ex. 12,5 ou 12.5 ; effacé une fois le carton fait</translation>
    </message>
    <message>
      <source>Last scans at this bench</source>
      <translation>Derniers scans à ce poste</translation>
    </message>
    <message>
      <source>Damaged label? &amp;Type the code:</source>
      <translation>Étiquette abîmée ? &amp;Tapez le code :</translation>
    </message>
    <message>
      <source>e.g. B0000123X, then Enter</source>
      <translation>p. ex. B0000123X, puis Entrée</translation>
    </message>
    <message>
      <source>New box + label (F2)</source>
      <translation>Nouveau carton + étiquette (F2)</translation>
    </message>
    <message>
      <source>UNDO (F4)</source>
      <translation>DÉFAIRE (F4)</translation>
    </message>
    <message>
      <source>DISPATCH van</source>
      <translation>FAIRE PARTIR le camion</translation>
    </message>
    <message>
      <source>Back to CHECK IN</source>
      <translation>Retour à l'ENTRÉE</translation>
    </message>
    <message>
      <source>Scan your volunteer card to start</source>
      <translation>Scannez votre carte de bénévole pour commencer</translation>
    </message>
    <message>
      <source>Scan a category card, then each box</source>
      <translation>Scannez une carte de catégorie, puis chaque carton</translation>
    </message>
    <message>
      <source>none: scan a category card</source>
      <translation>aucun : scannez une carte de catégorie</translation>
    </message>
    <message>
      <source>bench</source>
      <translation>poste</translation>
    </message>
    <message>
      <source>nobody: scan your card</source>
      <translation>personne : scannez votre carte</translation>
    </message>
    <message>
      <source>{destination}: {count}</source>
      <translation>{destination} : {count}</translation>
    </message>
    <message>
      <source>{location}: {count}</source>
      <translation>{location} : {count}</translation>
    </message>
    <message>
      <source>Not found: {codes}</source>
      <translation>Introuvables : {codes}</translation>
    </message>
    <message>
      <source>EXP {month}</source>
      <translation>PÉR. {month}</translation>
    </message>
  </context>
  <context>
    <name>BoxDetail</name>
    <message>
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <source>What</source>
      <translation>Quoi</translation>
    </message>
    <message>
      <source>From</source>
      <translation>De</translation>
    </message>
    <message>
      <source>To</source>
      <translation>Vers</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>Variation</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>Qui</translation>
    </message>
    <message>
      <source>&amp;Weight…</source>
      <translation>&amp;Poids…</translation>
    </message>
    <message>
      <source>&amp;Reprint label</source>
      <translation>&amp;Réimprimer l'étiquette</translation>
    </message>
    <message>
      <source>&amp;Move…</source>
      <translation>&amp;Déplacer…</translation>
    </message>
    <message>
      <source>&amp;Scrap…</source>
      <translation>&amp;Mettre au rebut…</translation>
    </message>
    <message>
      <source>Mark &amp;lost…</source>
      <translation>Déclarer &amp;perdu…</translation>
    </message>
    <message>
      <source>Correct &amp;quantity…</source>
      <translation>Corriger la &amp;quantité…</translation>
    </message>
    <message>
      <source>not weighed</source>
      <translation>non pesé</translation>
    </message>
    <message>
      <source>Items:</source>
      <translation>Articles :</translation>
    </message>
    <message>
      <source>Location:</source>
      <translation>Emplacement :</translation>
    </message>
    <message>
      <source>State:</source>
      <translation>État :</translation>
    </message>
    <message>
      <source>Van load:</source>
      <translation>Chargement :</translation>
    </message>
    <message>
      <source>Packed:</source>
      <translation>Emballé le :</translation>
    </message>
    <message>
      <source>Weight:</source>
      <translation>Poids :</translation>
    </message>
    <message>
      <source>Expires:</source>
      <translation>Péremption :</translation>
    </message>
    <message>
      <source>History</source>
      <translation>Historique</translation>
    </message>
    <message>
      <source>The label could not be made</source>
      <translation>L'étiquette n'a pas pu être créée</translation>
    </message>
    <message>
      <source>Move box</source>
      <translation>Déplacer le carton</translation>
    </message>
    <message>
      <source>Move the box to:</source>
      <translation>Déplacer le carton vers :</translation>
    </message>
    <message>
      <source>Weight</source>
      <translation>Poids</translation>
    </message>
    <message>
      <source>Weight of the box in kg (e.g. 12.5 or 12,5; blank: not weighed):</source>
      <translation>Poids du carton en kg (par ex. 12,5 ou 12.5 ; vide : non pesé) :</translation>
    </message>
    <message>
      <source>Correct quantity</source>
      <translation>Corriger la quantité</translation>
    </message>
    <message>
      <source>Items in the box:</source>
      <translation>Articles dans le carton :</translation>
    </message>
    <message>
      <source>{weight} kg</source>
      <translation>{weight} kg</translation>
    </message>
    <message>
      <source>Box {code}</source>
      <translation>Carton {code}</translation>
    </message>
    <message>
      <source>Scrap box {code}</source>
      <translation>Mettre au rebut le carton {code}</translation>
    </message>
    <message>
      <source>Mark box {code} lost</source>
      <translation>Déclarer perdu le carton {code}</translation>
    </message>
    <message>
      <source>Label for {code} sent to print</source>
      <translation>Étiquette de {code} envoyée à l'impression</translation>
    </message>
    <message>
      <source>There is no other location to move it to</source>
      <translation>Il n'y a aucun autre emplacement où le déplacer</translation>
    </message>
    <message>
      <source>Move box {code}</source>
      <translation>Déplacer le carton {code}</translation>
    </message>
    <message>
      <source>Set box {code} to {weight} kg</source>
      <translation>Mettre le carton {code} à {weight} kg</translation>
    </message>
    <message>
      <source>Clear the weight of box {code}</source>
      <translation>Effacer le poids du carton {code}</translation>
    </message>
    <message>
      <source>Set box {code} to {quantity} items</source>
      <translation>Mettre le carton {code} à {quantity} articles</translation>
    </message>
  </context>
  <context>
    <name>CatalogueView</name>
    <message>
      <source>Card</source>
      <translation>Carte</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>Group</source>
      <translation>Groupe</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>Objectif</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>In use</source>
      <translation>En service</translation>
    </message>
    <message>
      <source>Categories</source>
      <translation>Catégories</translation>
    </message>
    <message>
      <source>Locations</source>
      <translation>Emplacements</translation>
    </message>
    <message>
      <source>Changes here need a coordinator's PIN.</source>
      <translation>Les modifications ici demandent le code PIN d'un coordinateur.</translation>
    </message>
    <message>
      <source>New category</source>
      <translation>Nouvelle catégorie</translation>
    </message>
    <message>
      <source>Save category…</source>
      <translation>Enregistrer la catégorie…</translation>
    </message>
    <message>
      <source>New location</source>
      <translation>Nouvel emplacement</translation>
    </message>
    <message>
      <source>Save location…</source>
      <translation>Enregistrer l'emplacement…</translation>
    </message>
    <message>
      <source>Print its &amp;label…</source>
      <translation>Imprimer son é&amp;tiquette…</translation>
    </message>
    <message>
      <source>&amp;Retail barcodes:</source>
      <translation>Codes-barres du &amp;commerce :</translation>
    </message>
    <message>
      <source>Remove barcode link…</source>
      <translation>Retirer le lien du code-barres…</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>oui</translation>
    </message>
    <message>
      <source>no</source>
      <translation>non</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Nom :</translation>
    </message>
    <message>
      <source>Name in &amp;French:</source>
      <translation>Nom en &amp;français :</translation>
    </message>
    <message>
      <source>&amp;Group:</source>
      <translation>&amp;Groupe :</translation>
    </message>
    <message>
      <source>&amp;For:</source>
      <translation>&amp;Pour :</translation>
    </message>
    <message>
      <source>&amp;Sizes (comma separated):</source>
      <translation>&amp;Tailles (séparées par des virgules) :</translation>
    </message>
    <message>
      <source>&amp;Target (boxes):</source>
      <translation>&amp;Objectif (cartons) :</translation>
    </message>
    <message>
      <source>Items per &amp;box:</source>
      <translation>Articles par &amp;carton :</translation>
    </message>
    <message>
      <source>In &amp;use:</source>
      <translation>En &amp;service :</translation>
    </message>
    <message>
      <source>E&amp;xpires (month asked at the bench):</source>
      <translation>Pé&amp;rissable (mois demandé au poste) :</translation>
    </message>
    <message>
      <source>&amp;Kind:</source>
      <translation>&amp;Type :</translation>
    </message>
    <message>
      <source>none: scan a category card, then the barcode</source>
      <translation>aucun : scannez une carte de catégorie, puis le code-barres</translation>
    </message>
    <message>
      <source>Remove the link of barcode {code}</source>
      <translation>Retirer le lien du code-barres {code}</translation>
    </message>
    <message>
      <source>Save category {name}</source>
      <translation>Enregistrer la catégorie {name}</translation>
    </message>
    <message>
      <source>Save location {name}</source>
      <translation>Enregistrer l'emplacement {name}</translation>
    </message>
    <message>
      <source>Saved {name} (code {code}): print its label now</source>
      <translation>{name} enregistré (code {code}) : imprimez son étiquette maintenant</translation>
    </message>
  </context>
  <context>
    <name>Common</name>
    <message>
      <source>Cannot do that</source>
      <translation>Impossible</translation>
    </message>
  </context>
  <context>
    <name>Counts</name>
    <message>
      <source>Finished</source>
      <translation>Terminé</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>Emplacement</translation>
    </message>
    <message>
      <source>Counted by</source>
      <translation>Compté par</translation>
    </message>
    <message>
      <source>Bench</source>
      <translation>Poste</translation>
    </message>
    <message>
      <source>Found</source>
      <translation>Trouvés</translation>
    </message>
    <message>
      <source>Missing</source>
      <translation>Manquants</translation>
    </message>
    <message>
      <source>Recorded elsewhere</source>
      <translation>Enregistrés ailleurs</translation>
    </message>
    <message>
      <source>Box</source>
      <translation>Carton</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Catégorie</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Taille</translation>
    </message>
    <message>
      <source>Items</source>
      <translation>Articles</translation>
    </message>
    <message>
      <source>Expected at</source>
      <translation>Attendu à</translation>
    </message>
    <message>
      <source>Missing since</source>
      <translation>Manquant depuis</translation>
    </message>
    <message>
      <source>Stock-takes done (newest first)</source>
      <translation>Inventaires faits (les plus récents d'abord)</translation>
    </message>
    <message>
      <source>Open the count &amp;report</source>
      <translation>Ouvrir le &amp;rapport d'inventaire</translation>
    </message>
    <message>
      <source>Missing boxes: not found where they were counted; scanning one finds it</source>
      <translation>Cartons manquants : introuvables là où ils ont été comptés ; en scanner un le retrouve</translation>
    </message>
    <message>
      <source>Mark selected &amp;lost (coordinator)…</source>
      <translation>Déclarer &amp;perdus les cartons choisis (coordinateur)…</translation>
    </message>
    <message>
      <source>Making the count report…</source>
      <translation>Préparation du rapport d'inventaire…</translation>
    </message>
    <message>
      <source>Choose a stock-take first</source>
      <translation>Choisissez d'abord un inventaire</translation>
    </message>
    <message>
      <source>The count report cannot be made on this computer</source>
      <translation>Le rapport d'inventaire ne peut pas être fait sur cet ordinateur</translation>
    </message>
    <message>
      <source>Choose the missing boxes to mark lost</source>
      <translation>Choisissez les cartons manquants à déclarer perdus</translation>
    </message>
    <message>
      <source>Mark {count} missing boxes lost: {codes}</source>
      <translation>Déclarer perdus {count} cartons manquants : {codes}</translation>
    </message>
    <message>
      <source>{count} boxes marked lost</source>
      <translation>{count} cartons déclarés perdus</translation>
    </message>
  </context>
  <context>
    <name>Dialogs</name>
    <message>
      <source>Sign in</source>
      <translation>Connexion</translation>
    </message>
    <message>
      <source>Scan your volunteer card</source>
      <translation>Scannez votre carte de bénévole</translation>
    </message>
    <message>
      <source>No card with you? Type your name instead:</source>
      <translation>Pas de carte sur vous ? Tapez plutôt votre nom :</translation>
    </message>
    <message>
      <source>Your &amp;name:</source>
      <translation>Votre &amp;prénom :</translation>
    </message>
    <message>
      <source>&amp;Volunteer</source>
      <translation>&amp;Bénévole</translation>
    </message>
    <message>
      <source>&amp;Coordinator</source>
      <translation>&amp;Coordinateur</translation>
    </message>
    <message>
      <source>Role:</source>
      <translation>Rôle :</translation>
    </message>
    <message>
      <source>&amp;PIN:</source>
      <translation>Code &amp;PIN :</translation>
    </message>
    <message>
      <source>Start the shift</source>
      <translation>Commencer le service</translation>
    </message>
    <message>
      <source>Coordinator PIN</source>
      <translation>PIN du coordinateur</translation>
    </message>
    <message>
      <source>Coordinator &amp;name:</source>
      <translation>&amp;Nom du coordinateur :</translation>
    </message>
    <message>
      <source>Type your first name to start</source>
      <translation>Tapez votre prénom pour commencer</translation>
    </message>
    <message>
      <source>Type the coordinator's name</source>
      <translation>Tapez le nom du coordinateur</translation>
    </message>
  </context>
  <context>
    <name>ExportActions</name>
    <message numerus="yes">
      <source>%n row(s)</source>
      <translation>
        <numerusform>%n ligne</numerusform>
        <numerusform>%n lignes</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Boxes…</source>
      <translation>&amp;Cartons…</translation>
    </message>
    <message>
      <source>&amp;Movements (history)…</source>
      <translation>&amp;Mouvements (historique)…</translation>
    </message>
    <message>
      <source>&amp;Stock by category and size…</source>
      <translation>&amp;Stock par catégorie et taille…</translation>
    </message>
    <message>
      <source>&amp;Needs…</source>
      <translation>&amp;Besoins…</translation>
    </message>
    <message>
      <source>Stock-&amp;takes…</source>
      <translation>&amp;Inventaires…</translation>
    </message>
    <message>
      <source>&amp;Categories…</source>
      <translation>Ca&amp;tégories…</translation>
    </message>
    <message>
      <source>&amp;Locations…</source>
      <translation>&amp;Emplacements…</translation>
    </message>
    <message>
      <source>Something went wrong: {error}</source>
      <translation>Un problème est survenu : {error}</translation>
    </message>
    <message>
      <source>&amp;Export (spreadsheet)</source>
      <translation>&amp;Exporter (tableur)</translation>
    </message>
    <message>
      <source>Export to a spreadsheet file</source>
      <translation>Exporter vers un fichier de tableur</translation>
    </message>
    <message>
      <source>Spreadsheet (CSV) files (*.csv)</source>
      <translation>Fichiers de tableur (CSV) (*.csv)</translation>
    </message>
    <message>
      <source>Not exported</source>
      <translation>Non exporté</translation>
    </message>
    <message>
      <source>Could not write {path}: {reason}</source>
      <translation>Impossible d'écrire {path} : {reason}</translation>
    </message>
    <message>
      <source>An export is still being written</source>
      <translation>Un export est encore en cours d'écriture</translation>
    </message>
    <message>
      <source>Exported {rows} to {path}</source>
      <translation>{rows} exportées dans {path}</translation>
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <source>Size</source>
      <translation>Taille</translation>
    </message>
    <message>
      <source>One size</source>
      <translation>Taille unique</translation>
    </message>
    <message>
      <source>items</source>
      <translation>articles</translation>
    </message>
    <message>
      <source>item</source>
      <translation>article</translation>
    </message>
    <message>
      <source>Packed</source>
      <translation>Emballé</translation>
    </message>
    <message>
      <source>EXP</source>
      <translation>PÉR.</translation>
    </message>
    <message>
      <source>boxes</source>
      <translation>cartons</translation>
    </message>
    <message>
      <source>box</source>
      <translation>carton</translation>
    </message>
    <message>
      <source>Contents</source>
      <translation>Contenu</translation>
    </message>
    <message>
      <source>Qty</source>
      <translation>Qté</translation>
    </message>
    <message>
      <source>Men</source>
      <translation>Hommes</translation>
    </message>
    <message>
      <source>Women</source>
      <translation>Femmes</translation>
    </message>
    <message>
      <source>Adults</source>
      <translation>Adultes</translation>
    </message>
    <message>
      <source>Boys</source>
      <translation>Garçons</translation>
    </message>
    <message>
      <source>Girls</source>
      <translation>Filles</translation>
    </message>
    <message>
      <source>Children</source>
      <translation>Enfants</translation>
    </message>
    <message>
      <source>Baby</source>
      <translation>Bébé</translation>
    </message>
    <message>
      <source>CHECK IN</source>
      <translation>ENTRÉE</translation>
    </message>
    <message>
      <source>LOAD VAN</source>
      <translation>CHARGER</translation>
    </message>
    <message>
      <source>DISPATCH</source>
      <translation>DÉPART</translation>
    </message>
    <message>
      <source>COUNT</source>
      <translation>INVENTAIRE</translation>
    </message>
    <message>
      <source>DONE</source>
      <translation>TERMINÉ</translation>
    </message>
    <message>
      <source>UNDO</source>
      <translation>DÉFAIRE</translation>
    </message>
    <message>
      <source>Back to checking boxes in</source>
      <translation>Retour à l'entrée des cartons</translation>
    </message>
    <message>
      <source>Then scan the van-load code</source>
      <translation>Puis scanner le code du chargement</translation>
    </message>
    <message>
      <source>The van leaves with its boxes</source>
      <translation>La camionnette part avec ses cartons</translation>
    </message>
    <message>
      <source>Stock-take: then scan the shelf</source>
      <translation>Inventaire : puis scanner l'étagère</translation>
    </message>
    <message>
      <source>End the stock-take</source>
      <translation>Terminer l'inventaire</translation>
    </message>
    <message>
      <source>Take back the last scan</source>
      <translation>Défaire le dernier scan</translation>
    </message>
    <message>
      <source>LOOK</source>
      <translation>VOIR</translation>
    </message>
    <message>
      <source>The next box is shown, never moved</source>
      <translation>Le carton suivant est montré, jamais déplacé</translation>
    </message>
    <message>
      <source>SIGN OUT</source>
      <translation>FIN DE POSTE</translation>
    </message>
    <message>
      <source>Leaving the bench</source>
      <translation>Je quitte le poste</translation>
    </message>
    <message>
      <source>{n} PER BOX</source>
      <translation>{n} PAR CARTON</translation>
    </message>
    <message>
      <source>Items in the next boxes</source>
      <translation>Articles dans les cartons suivants</translation>
    </message>
    <message>
      <source>EXPIRES IN {n} MONTHS</source>
      <translation>PÉRIME DANS {n} MOIS</translation>
    </message>
    <message>
      <source>Expiry month of the next boxes, from today</source>
      <translation>Mois de péremption des prochains cartons, à partir d'aujourd'hui</translation>
    </message>
    <message>
      <source>Volunteer card</source>
      <translation>Carte bénévole</translation>
    </message>
    <message>
      <source>Bench card</source>
      <translation>Carte de poste</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Volunteer cards</source>
      <translation>Cartes de bénévole</translation>
    </message>
    <message>
      <source>&amp;Volunteer cards…</source>
      <translation>Cartes de &amp;bénévole…</translation>
    </message>
    <message>
      <source>&amp;Warehouse</source>
      <translation>&amp;Entrepôt</translation>
    </message>
    <message>
      <source>P&amp;rint</source>
      <translation>Imp&amp;rimer</translation>
    </message>
    <message>
      <source>Warehouse bench</source>
      <translation>Poste d'entrepôt</translation>
    </message>
    <message>
      <source>&amp;Bench</source>
      <translation>&amp;Poste</translation>
    </message>
    <message>
      <source>&amp;Stock</source>
      <translation>&amp;Stock</translation>
    </message>
    <message>
      <source>&amp;Van loads</source>
      <translation>&amp;Chargements</translation>
    </message>
    <message>
      <source>&amp;Needs</source>
      <translation>&amp;Besoins</translation>
    </message>
    <message>
      <source>Ca&amp;talogue</source>
      <translation>Ca&amp;talogue</translation>
    </message>
    <message>
      <source>Se&amp;ttings</source>
      <translation>&amp;Réglages</translation>
    </message>
    <message>
      <source>&amp;Print jobs</source>
      <translation>&amp;Impressions</translation>
    </message>
    <message>
      <source>V&amp;olunteers</source>
      <translation>Béné&amp;voles</translation>
    </message>
    <message>
      <source>Stock-ta&amp;kes</source>
      <translation>Inven&amp;taires</translation>
    </message>
    <message>
      <source>R&amp;eports</source>
      <translation>R&amp;apports</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>Quitter</translation>
    </message>
    <message>
      <source>Sign out / change volunteer</source>
      <translation>Se déconnecter / changer de bénévole</translation>
    </message>
    <message>
      <source>Nobody signed in: scan your volunteer card, or press Ctrl+L to type your name</source>
      <translation>Personne n'est connecté : scannez votre carte de bénévole, ou Ctrl+L pour taper votre nom</translation>
    </message>
    <message>
      <source>Nobody signed in: scan your volunteer card</source>
      <translation>Personne n'est connecté : scannez votre carte de bénévole</translation>
    </message>
    <message>
      <source>Stock-take {number}</source>
      <translation>Inventaire {number}</translation>
    </message>
    <message>
      <source>Warehouse bench — {bench}</source>
      <translation>Poste d'entrepôt — {bench}</translation>
    </message>
    <message>
      <source>Signed in: {name} (Ctrl+L to sign out)</source>
      <translation>Connecté : {name} (Ctrl+L pour se déconnecter)</translation>
    </message>
    <message>
      <source>Label for {code} sent to {target}</source>
      <translation>Étiquette de {code} envoyée vers {target}</translation>
    </message>
    <message>
      <source>No printer set up: label saved as {path}</source>
      <translation>Aucune imprimante configurée : étiquette enregistrée sous {path}</translation>
    </message>
  </context>
  <context>
    <name>Messages</name>
    <message>
      <source>Template: {category} {size} × {quantity}</source>
      <translation>Modèle : {category} {size} × {quantity}</translation>
    </message>
    <message>
      <source>Quantity per box: {quantity}</source>
      <translation>Quantité par carton : {quantity}</translation>
    </message>
    <message>
      <source>Size {size} is not a size of {category}</source>
      <translation>{size} n'est pas une taille de {category}</translation>
    </message>
    <message>
      <source>New box {code}: {category} {size} × {quantity} at {location}</source>
      <translation>Nouveau carton {code} : {category} {size} × {quantity} à {location}</translation>
    </message>
    <message>
      <source>Box {code} moved to {location}</source>
      <translation>Carton {code} rangé à {location}</translation>
    </message>
    <message>
      <source>Box {code} returned to stock at {location}</source>
      <translation>Carton {code} remis en stock à {location}</translation>
    </message>
    <message>
      <source>Box {code} found: back in stock at {location}</source>
      <translation>Carton {code} retrouvé : de retour en stock à {location}</translation>
    </message>
    <message>
      <source>New box {code}: {category} {size} × {quantity}, {weight} kg, at {location}</source>
      <translation>Nouveau carton {code} : {category} {size} × {quantity}, {weight} kg, à {location}</translation>
    </message>
    <message>
      <source>Weight of the next box: {weight} kg</source>
      <translation>Poids du prochain carton : {weight} kg</translation>
    </message>
    <message>
      <source>No weight for the next box</source>
      <translation>Pas de poids pour le prochain carton</translation>
    </message>
    <message>
      <source>Box {code} repacked: {category} {size} × {quantity} at {location}</source>
      <translation>Carton {code} remballé : {category} {size} × {quantity} à {location}</translation>
    </message>
    <message>
      <source>Box {code} is on van load {van_load} to {destination}: scan it again to take it off and back into stock, or scan a category card to repack it</source>
      <translation>Le carton {code} est sur le chargement {van_load} pour {destination} : scannez-le encore pour le retirer et le remettre en stock, ou scannez une carte de catégorie pour le remballer</translation>
    </message>
    <message>
      <source>Box {code} left on van load {van_load} to {destination} ({when}): scan it again to return it to stock as it was, or scan a category card to repack it</source>
      <translation>Le carton {code} est parti sur le chargement {van_load} pour {destination} ({when}) : scannez-le encore pour le remettre en stock tel quel, ou scannez une carte de catégorie pour le remballer</translation>
    </message>
    <message>
      <source>Box {code} was marked lost: scan it again to put it back in stock, or scan a category card to repack it</source>
      <translation>Le carton {code} a été déclaré perdu : scannez-le encore pour le remettre en stock, ou scannez une carte de catégorie pour le remballer</translation>
    </message>
    <message>
      <source>Box {code} was missing from {location} (count of {when}): scan it again to put it back in stock, or scan a category card to repack it</source>
      <translation>Le carton {code} manquait à {location} (inventaire du {when}) : scannez-le encore pour le remettre en stock, ou scannez une carte de catégorie pour le remballer</translation>
    </message>
    <message>
      <source>Box {code} was scrapped: scan it again to put it back in stock as it was, or scan a category card to repack it</source>
      <translation>Le carton {code} a été mis au rebut : scannez-le encore pour le remettre en stock tel quel, ou scannez une carte de catégorie pour le remballer</translation>
    </message>
    <message>
      <source>Loading a van: scan CHECK IN before the location {location}</source>
      <translation>Chargement en cours : scannez ENTRÉE avant l'emplacement {location}</translation>
    </message>
    <message>
      <source>Box {code}: {category} {size} × {quantity} at {location}</source>
      <translation>Carton {code} : {category} {size} × {quantity} à {location}</translation>
    </message>
    <message>
      <source>Box {code}: {category} {size} is {state}</source>
      <translation>Carton {code} : {category} {size} est {state}</translation>
    </message>
    <message>
      <source>Scan a category card first</source>
      <translation>Scannez d'abord une carte de catégorie</translation>
    </message>
    <message>
      <source>Scan an expiry card or set the expiry month ({category} expires)</source>
      <translation>Scannez une carte de péremption ou indiquez le mois de péremption ({category} se périme)</translation>
    </message>
    <message>
      <source>Expiry month for {category}: EXP {expiry}</source>
      <translation>Mois de péremption pour {category} : PÉR. {expiry}</translation>
    </message>
    <message>
      <source>Scan a category card before the expiry card</source>
      <translation>Scannez une carte de catégorie avant la carte de péremption</translation>
    </message>
    <message>
      <source>{category} does not expire: the expiry card was ignored, nothing changed</source>
      <translation>{category} ne se périme pas : la carte de péremption est ignorée, rien n'a changé</translation>
    </message>
    <message>
      <source>EXP {expiry} is already past (today is {today}): check the month or the bench clock, then scan or set it again to keep it</source>
      <translation>PÉR. {expiry} est déjà passé (nous sommes le {today}) : vérifiez le mois ou l'horloge du poste, puis scannez-le ou indiquez-le à nouveau pour le garder</translation>
    </message>
    <message>
      <source>EXP {expiry} is too far ahead: check the month</source>
      <translation>PÉR. {expiry} est trop loin : vérifiez le mois</translation>
    </message>
    <message>
      <source>{expiry} is not a month: write it as 2027-03</source>
      <translation>{expiry} n'est pas un mois : écrivez-le sous la forme 2027-03</translation>
    </message>
    <message>
      <source>Box {code} expires {expiry}, but box {other} of {category} {size} expires sooner ({other_expiry}) at {location}: load that one, or scan {code} again to load it anyway</source>
      <translation>Le carton {code} se périme en {expiry}, mais le carton {other} de {category} {size} se périme plus tôt ({other_expiry}) à {location} : chargez plutôt celui-là, ou scannez {code} à nouveau pour le charger quand même</translation>
    </message>
    <message>
      <source>Location: {location}</source>
      <translation>Emplacement : {location}</translation>
    </message>
    <message>
      <source>Location {location} is not in use</source>
      <translation>L'emplacement {location} n'est pas en service</translation>
    </message>
    <message>
      <source>Category {category} is not in use</source>
      <translation>La catégorie {category} n'est pas en service</translation>
    </message>
    <message>
      <source>No category has the card {code}</source>
      <translation>Aucune catégorie n'a la carte {code}</translation>
    </message>
    <message>
      <source>No location has the code {code}</source>
      <translation>Aucun emplacement n'a le code {code}</translation>
    </message>
    <message>
      <source>Box code {code} was never printed here: use a label from this warehouse</source>
      <translation>Le code carton {code} n'a jamais été imprimé ici : utilisez une étiquette de cet entrepôt</translation>
    </message>
    <message>
      <source>Retail barcode {code} is not linked to a category</source>
      <translation>Le code-barres commercial {code} n'est lié à aucune catégorie</translation>
    </message>
    <message>
      <source>Retail barcode {code} now means {category}</source>
      <translation>Le code-barres commercial {code} correspond maintenant à {category}</translation>
    </message>
    <message>
      <source>Loading van to {destination} ({count} boxes)</source>
      <translation>Chargement du camion pour {destination} ({count} cartons)</translation>
    </message>
    <message>
      <source>No van load has the code {code}</source>
      <translation>Aucun chargement n'a le code {code}</translation>
    </message>
    <message>
      <source>Van load {code} is {state}: it cannot take boxes</source>
      <translation>Le chargement {code} est {state} : il ne peut plus prendre de cartons</translation>
    </message>
    <message>
      <source>New van load {code} to {destination}</source>
      <translation>Nouveau chargement {code} pour {destination}</translation>
    </message>
    <message>
      <source>A van load needs a destination</source>
      <translation>Un chargement a besoin d'une destination</translation>
    </message>
    <message>
      <source>Box {code} loaded for {destination} ({count} boxes)</source>
      <translation>Carton {code} chargé pour {destination} ({count} cartons)</translation>
    </message>
    <message>
      <source>Box {code} is already on this van load</source>
      <translation>Le carton {code} est déjà dans ce chargement</translation>
    </message>
    <message>
      <source>Box {code} is on another van load ({van_load})</source>
      <translation>Le carton {code} est dans un autre chargement ({van_load})</translation>
    </message>
    <message>
      <source>Box {code} is {state}: it cannot be loaded</source>
      <translation>Le carton {code} est {state} : il ne peut pas être chargé</translation>
    </message>
    <message>
      <source>Scan a van-load code first</source>
      <translation>Scannez d'abord un code de chargement</translation>
    </message>
    <message>
      <source>Van to {destination} dispatched with {count} boxes</source>
      <translation>Camion pour {destination} parti avec {count} cartons</translation>
    </message>
    <message>
      <source>Dispatch van load {van_load} to {destination}: {boxes} boxes, {items} items? Scan DISPATCH again to confirm</source>
      <translation>Expédier le chargement {van_load} pour {destination} : {boxes} cartons, {items} articles ? Scannez DÉPART encore pour confirmer</translation>
    </message>
    <message>
      <source>Van load {code} to {destination} reopened: {count} boxes loading again</source>
      <translation>Chargement {code} pour {destination} rouvert : {count} cartons de nouveau en chargement</translation>
    </message>
    <message>
      <source>Van load {code} is {state}, not dispatched: nothing to reopen</source>
      <translation>Le chargement {code} est {state}, pas expédié : rien à rouvrir</translation>
    </message>
    <message>
      <source>Van load {code} has no boxes: nothing to dispatch</source>
      <translation>Le chargement {code} n'a aucun carton : rien à faire partir</translation>
    </message>
    <message>
      <source>Scan a van-load code before DISPATCH</source>
      <translation>Scannez un code de chargement avant DÉPART</translation>
    </message>
    <message>
      <source>Check in</source>
      <translation>Entrée en stock</translation>
    </message>
    <message>
      <source>Load van: scan a van-load code</source>
      <translation>Charger le camion : scannez un code de chargement</translation>
    </message>
    <message>
      <source>Stock-take: scan the location to count</source>
      <translation>Inventaire : scannez l'emplacement à compter</translation>
    </message>
    <message>
      <source>Counting {location}: scan every box there, then DONE</source>
      <translation>Comptage de {location} : scannez chaque carton, puis FIN</translation>
    </message>
    <message>
      <source>Scan the location to count first</source>
      <translation>Scannez d'abord l'emplacement à compter</translation>
    </message>
    <message>
      <source>Counted box {code} ({count} so far)</source>
      <translation>Carton {code} compté ({count} jusqu'ici)</translation>
    </message>
    <message>
      <source>Box {code} was already counted</source>
      <translation>Le carton {code} a déjà été compté</translation>
    </message>
    <message>
      <source>Count of {location} done: {found} found, {missing} missing, {moved} moved here</source>
      <translation>Comptage de {location} terminé : {found} trouvés, {missing} manquants, {moved} déplacés ici</translation>
    </message>
    <message>
      <source>DONE only ends a stock-take: scan COUNT first</source>
      <translation>FIN termine seulement un inventaire : scannez d'abord INVENTAIRE</translation>
    </message>
    <message>
      <source>Box {code} was recorded elsewhere: moved here</source>
      <translation>Le carton {code} était enregistré ailleurs : déplacé ici</translation>
    </message>
    <message>
      <source>No stock-take has the number {id}</source>
      <translation>Aucun inventaire n'a le numéro {id}</translation>
    </message>
    <message>
      <source>Box {code} is {state}, not missing</source>
      <translation>Le carton {code} est {state}, pas manquant</translation>
    </message>
    <message>
      <source>Look: scan a box to see it (nothing changes)</source>
      <translation>Regarder : scannez un carton pour le voir (rien ne change)</translation>
    </message>
    <message>
      <source>Box {code}: {category} {size} × {quantity}, {state} at {location} (van load {van_load})</source>
      <translation>Carton {code} : {category} {size} × {quantity}, {state} à {location} (chargement {van_load})</translation>
    </message>
    <message>
      <source>{location}: {boxes} boxes, {items} items in stock</source>
      <translation>{location} : {boxes} cartons, {items} articles en stock</translation>
    </message>
    <message>
      <source>Van load {code} to {destination}: {state}, {boxes} boxes, {items} items</source>
      <translation>Chargement {code} pour {destination} : {state}, {boxes} cartons, {items} articles</translation>
    </message>
    <message>
      <source>{category}: {boxes} boxes in stock</source>
      <translation>{category} : {boxes} cartons en stock</translation>
    </message>
    <message>
      <source>Nothing to show for {code}</source>
      <translation>Rien à montrer pour {code}</translation>
    </message>
    <message>
      <source>Scan your volunteer card first</source>
      <translation>Scannez d'abord votre carte de bénévole</translation>
    </message>
    <message>
      <source>Signed in: {name}</source>
      <translation>Connecté : {name}</translation>
    </message>
    <message>
      <source>Still signed in: {name}</source>
      <translation>Toujours connecté : {name}</translation>
    </message>
    <message>
      <source>Signed out: {name}</source>
      <translation>Déconnecté : {name}</translation>
    </message>
    <message>
      <source>No volunteer has the card {code}</source>
      <translation>Aucun bénévole n'a la carte {code}</translation>
    </message>
    <message>
      <source>{name} is no longer a volunteer here: ask a coordinator</source>
      <translation>{name} n'est plus bénévole ici : demandez à un coordinateur</translation>
    </message>
    <message>
      <source>A volunteer's name is 1 to {limit} printable characters</source>
      <translation>Le nom d'un bénévole fait de 1 à {limit} caractères imprimables</translation>
    </message>
    <message>
      <source>{name} is the last coordinator: name another one first</source>
      <translation>{name} est le dernier coordinateur : nommez-en un autre d'abord</translation>
    </message>
    <message>
      <source>Nothing scanned for {minutes} minutes: location, van load and count cleared</source>
      <translation>Rien scanné depuis {minutes} minutes : emplacement, chargement et inventaire effacés</translation>
    </message>
    <message>
      <source>Undone: {what} of box {code} ({before} → {after})</source>
      <translation>Défait : {what} du carton {code} ({before} → {after})</translation>
    </message>
    <message>
      <source>Undone: {what} of {count} boxes</source>
      <translation>Défait : {what} de {count} cartons</translation>
    </message>
    <message>
      <source>Nothing of yours to undo here (the last {depth} changes, {minutes} minutes)</source>
      <translation>Rien de vous à défaire ici (les {depth} derniers changements, {minutes} minutes)</translation>
    </message>
    <message>
      <source>Box {code} has changed since: its {what} cannot be undone</source>
      <translation>Le carton {code} a changé depuis : « {what} » ne peut pas être défait</translation>
    </message>
    <message>
      <source>Your last change ({what}) cannot be undone: a coordinator corrects it</source>
      <translation>Votre dernier changement ({what}) ne peut pas être défait : un coordinateur le corrige</translation>
    </message>
    <message>
      <source>Empty scan</source>
      <translation>Scan vide</translation>
    </message>
    <message>
      <source>Not a code (too long): {shown}</source>
      <translation>Pas un code (trop long) : {shown}</translation>
    </message>
    <message>
      <source>Not a code (control characters): {shown}</source>
      <translation>Pas un code (caractères de contrôle) : {shown}</translation>
    </message>
    <message>
      <source>Code {shown} has a wrong check character: type it again</source>
      <translation>Le code {shown} a un caractère de contrôle faux : retapez-le</translation>
    </message>
    <message>
      <source>Not a warehouse code: {shown}</source>
      <translation>Pas un code de l'entrepôt : {shown}</translation>
    </message>
    <message>
      <source>Box {code} was changed at another bench just now: scan again</source>
      <translation>Le carton {code} vient d'être modifié à un autre poste : scannez à nouveau</translation>
    </message>
    <message>
      <source>Quantity must be between 1 and 999</source>
      <translation>La quantité doit être entre 1 et 999</translation>
    </message>
    <message>
      <source>Choose a category before making a new box</source>
      <translation>Choisissez une catégorie avant de créer un carton</translation>
    </message>
    <message>
      <source>Only a coordinator can do this: enter the coordinator PIN</source>
      <translation>Seul un coordinateur peut faire cela : saisissez le PIN du coordinateur</translation>
    </message>
    <message>
      <source>Wrong PIN</source>
      <translation>PIN incorrect</translation>
    </message>
    <message>
      <source>Too many wrong PINs: wait {seconds} seconds</source>
      <translation>Trop de PIN incorrects : attendez {seconds} secondes</translation>
    </message>
    <message>
      <source>A PIN has at least 4 digits</source>
      <translation>Un PIN a au moins 4 chiffres</translation>
    </message>
    <message>
      <source>Only a coordinator can do this: run it on a terminal to be asked the coordinator PIN, or set WAREHOUSE_PIN. Nothing was changed</source>
      <translation>Réservé à un coordinateur : lancez la commande dans un terminal pour saisir le code PIN du coordinateur, ou définissez WAREHOUSE_PIN. Rien n’a été modifié</translation>
    </message>
    <message>
      <source>Coordinator PIN:</source>
      <translation>Code PIN du coordinateur :</translation>
    </message>
    <message>
      <source>This warehouse has no coordinator yet: create one with 'warehouse-desktop init --coordinator NAME --pin PIN'. Nothing was changed</source>
      <translation>Cet entrepôt n’a pas encore de coordinateur : créez-en un avec « warehouse-desktop init --coordinator NOM --pin PIN ». Rien n’a été modifié</translation>
    </message>
    <message>
      <source>No volunteer named {name}</source>
      <translation>Aucun bénévole nommé {name}</translation>
    </message>
    <message>
      <source>No box has the code {code}</source>
      <translation>Aucun carton n'a le code {code}</translation>
    </message>
    <message>
      <source>Box {code} scrapped</source>
      <translation>Carton {code} mis au rebut</translation>
    </message>
    <message>
      <source>Box {code} marked lost</source>
      <translation>Carton {code} déclaré perdu</translation>
    </message>
    <message>
      <source>Box {code} now holds {quantity}</source>
      <translation>Le carton {code} contient maintenant {quantity}</translation>
    </message>
    <message>
      <source>Box {code} weighs {weight} kg</source>
      <translation>Le carton {code} pèse {weight} kg</translation>
    </message>
    <message>
      <source>Box {code}: weight cleared (not weighed)</source>
      <translation>Carton {code} : poids effacé (non pesé)</translation>
    </message>
    <message>
      <source>“{text}” is not a weight: type the kg as a number, like 12.5 or 12,5. Nothing was changed</source>
      <translation>« {text} » n’est pas un poids : tapez les kg en chiffres, comme 12,5 ou 12.5. Rien n’a été modifié</translation>
    </message>
    <message>
      <source>A weight must be more than 0 kg (typed: {text}). Nothing was changed</source>
      <translation>Un poids doit dépasser 0 kg (tapé : {text}). Rien n’a été modifié</translation>
    </message>
    <message>
      <source>{text} kg is more than a box weighs (at most {limit} kg): check the figure. Nothing was changed</source>
      <translation>{text} kg, c’est plus que ne pèse un carton (au plus {limit} kg) : vérifiez le chiffre. Rien n’a été modifié</translation>
    </message>
    <message>
      <source>Box {code} is {state}: only a box in stock can be moved</source>
      <translation>Le carton {code} est {state} : seul un carton en stock peut être déplacé</translation>
    </message>
    <message>
      <source>The database is busy at another bench: try the scan again</source>
      <translation>La base de données est occupée par un autre poste : scannez à nouveau</translation>
    </message>
    <message>
      <source>The database file cannot be written (read-only): nothing was saved</source>
      <translation>Le fichier de la base ne peut pas être écrit (lecture seule) : rien n'a été enregistré</translation>
    </message>
    <message>
      <source>The disk is full: nothing was saved. Free some space and scan again</source>
      <translation>Le disque est plein : rien n'a été enregistré. Libérez de la place et scannez à nouveau</translation>
    </message>
    <message>
      <source>The database file is damaged. Restore the newest backup</source>
      <translation>Le fichier de la base est endommagé. Restaurez la sauvegarde la plus récente</translation>
    </message>
    <message>
      <source>The database file is damaged. The newest good backup is {backup}: restore it with 'warehouse-desktop restore {backup}'</source>
      <translation>Le fichier de la base est endommagé. La sauvegarde saine la plus récente est {backup} : restaurez-la avec 'warehouse-desktop restore {backup}'</translation>
    </message>
    <message>
      <source>Other benches were changing the same boxes: scan again</source>
      <translation>D'autres postes modifiaient les mêmes cartons : scannez à nouveau</translation>
    </message>
    <message>
      <source>Database error: {detail}</source>
      <translation>Erreur de base de données : {detail}</translation>
    </message>
    <message>
      <source>Cannot reach the database {target}: {detail}</source>
      <translation>Impossible de joindre la base {target} : {detail}</translation>
    </message>
    <message>
      <source>There is no database at {target}: run 'warehouse-desktop init' first</source>
      <translation>Il n'y a pas de base à {target} : lancez d'abord 'warehouse-desktop init'</translation>
    </message>
    <message>
      <source>Cannot create the database folder {target}: {detail}</source>
      <translation>Impossible de créer le dossier de la base {target} : {detail}</translation>
    </message>
    <message>
      <source>{target} is a folder, not a database file</source>
      <translation>{target} est un dossier, pas un fichier de base</translation>
    </message>
    <message>
      <source>Cannot use the database {target}: {detail} Install the PostgreSQL extra: pip install 'warehouse-desktop[postgres]'</source>
      <translation>Impossible d’utiliser la base de données {target} : {detail} Installez l’extension PostgreSQL : pip install 'warehouse-desktop[postgres]'</translation>
    </message>
    <message>
      <source>This database must be created or upgraded by its owner: run 'warehouse-desktop init --db' with the owner's URL, then start the bench again</source>
      <translation>Cette base doit être créée ou mise à jour par son propriétaire : lancez « warehouse-desktop init --db » avec l’URL du propriétaire, puis redémarrez le poste</translation>
    </message>
    <message>
      <source>That database belongs to some other program</source>
      <translation>Cette base appartient à un autre programme</translation>
    </message>
    <message>
      <source>This database was written by a newer version of the program (schema {version}; this version knows up to {supported}). Update the program; nothing was changed</source>
      <translation>Cette base a été écrite par une version plus récente du programme (schéma {version} ; cette version connaît jusqu'à {supported}). Mettez le programme à jour ; rien n'a été modifié</translation>
    </message>
    <message>
      <source>The backup to {target} failed: {detail}</source>
      <translation>La sauvegarde vers {target} a échoué : {detail}</translation>
    </message>
    <message>
      <source>Backups of a shared server database are made on the server</source>
      <translation>Les sauvegardes d'une base partagée sur serveur se font sur le serveur</translation>
    </message>
    <message>
      <source>Backup written to {path}</source>
      <translation>Sauvegarde écrite dans {path}</translation>
    </message>
    <message>
      <source>{path} is damaged (integrity check failed): nothing was replaced</source>
      <translation>{path} est endommagé (contrôle d'intégrité échoué) : rien n'a été remplacé</translation>
    </message>
    <message>
      <source>{path} is not a warehouse backup: nothing was replaced</source>
      <translation>{path} n'est pas une sauvegarde de l'entrepôt : rien n'a été remplacé</translation>
    </message>
    <message>
      <source>Restoring {path} failed: {detail}</source>
      <translation>La restauration de {path} a échoué : {detail}</translation>
    </message>
    <message>
      <source>{path} is not a backup of this program's database ({detail}): nothing was replaced</source>
      <translation>{path} n’est pas une sauvegarde de la base de ce programme ({detail}) : rien n’a été remplacé</translation>
    </message>
    <message>
      <source>{path} holds data this program cannot use ({detail}): nothing was replaced</source>
      <translation>{path} contient des données inutilisables par ce programme ({detail}) : rien n’a été remplacé</translation>
    </message>
    <message>
      <source>{path} is the database itself: choose a backup file</source>
      <translation>{path} est la base elle-même : choisissez un fichier de sauvegarde</translation>
    </message>
    <message>
      <source>The backup to {target} did not match the database ({detail}): it was not kept</source>
      <translation>La sauvegarde vers {target} ne correspondait pas à la base ({detail}) : elle n’a pas été gardée</translation>
    </message>
    <message>
      <source>Restored {path}; the replaced database was kept as {kept}</source>
      <translation>{path} restauré ; l'ancienne base est gardée sous {kept}</translation>
    </message>
    <message>
      <source>A backup is being restored: nothing was recorded. Scan again in a moment</source>
      <translation>Une sauvegarde est en cours de restauration : rien n'a été enregistré. Scannez de nouveau dans un instant</translation>
    </message>
    <message>
      <source>No such file: {path}</source>
      <translation>Fichier introuvable : {path}</translation>
    </message>
    <message>
      <source>Cannot read {path}: {detail}</source>
      <translation>Impossible de lire {path} : {detail}</translation>
    </message>
    <message>
      <source>Cannot write {path}: {detail}</source>
      <translation>Impossible d'écrire {path} : {detail}</translation>
    </message>
    <message>
      <source>{path} is not UTF-8 text (line {line}): save it as CSV UTF-8</source>
      <translation>{path} n'est pas du texte UTF-8 (ligne {line}) : enregistrez-le en CSV UTF-8</translation>
    </message>
    <message>
      <source>{path}: the columns must be {expected} (found {found})</source>
      <translation>{path} : les colonnes doivent être {expected} (trouvé {found})</translation>
    </message>
    <message>
      <source>{path} line {line}: {problem}</source>
      <translation>{path} ligne {line} : {problem}</translation>
    </message>
    <message>
      <source>{path} is larger than {limit} MB: not a catalogue file</source>
      <translation>{path} dépasse {limit} Mo : ce n'est pas un fichier de catalogue</translation>
    </message>
    <message>
      <source>Imported {path}: {created} new, {updated} changed, {unchanged} unchanged</source>
      <translation>{path} importé : {created} nouveaux, {updated} modifiés, {unchanged} inchangés</translation>
    </message>
    <message>
      <source>Wrote {count} rows to {path}</source>
      <translation>{count} lignes écrites dans {path}</translation>
    </message>
    <message>
      <source>Database ready at {target} (schema version {version})</source>
      <translation>Base prête à {target} (schéma version {version})</translation>
    </message>
    <message>
      <source>Demo warehouse created: {categories} categories, {locations} locations, {boxes} boxes</source>
      <translation>Entrepôt de démonstration créé : {categories} catégories, {locations} emplacements, {boxes} cartons</translation>
    </message>
    <message>
      <source>The database already holds boxes: the demo is only seeded into an empty one</source>
      <translation>La base contient déjà des cartons : la démonstration ne se crée que dans une base vide</translation>
    </message>
    <message>
      <source>{day} has not happened yet: choose today or a day before</source>
      <translation>Le {day} n’est pas encore arrivé : choisissez aujourd’hui ou un jour passé</translation>
    </message>
    <message>
      <source>A bench name is 1 to {limit} printable characters</source>
      <translation>Un nom de poste compte de 1 à {limit} caractères imprimables</translation>
    </message>
    <message>
      <source>Every {kind} code is in use: none is left for a new one</source>
      <translation>Tous les codes {kind} sont utilisés : il n’en reste aucun pour un nouveau</translation>
    </message>
    <message>
      <source>Check the {field}: it cannot be saved like this</source>
      <translation>Vérifiez le champ {field} : il ne peut pas être enregistré ainsi</translation>
    </message>
    <message>
      <source>Saved {name} (card {code})</source>
      <translation>{name} enregistré (carte {code})</translation>
    </message>
    <message>
      <source>Saved {name} (code {code})</source>
      <translation>{name} enregistré (code {code})</translation>
    </message>
    <message>
      <source>Retail barcode {code} no longer means {category}</source>
      <translation>Le code-barres {code} ne désigne plus {category}</translation>
    </message>
    <message>
      <source>Retail barcode {code} is not linked to anything</source>
      <translation>Le code-barres {code} n'est lié à rien</translation>
    </message>
    <message>
      <source>Dry run of {path}: new boxes {boxes}, imported before {skipped}. Nothing was written: add --apply to import</source>
      <translation>Essai de {path} : nouvelles caisses {boxes}, déjà importées {skipped}. Rien n'a été écrit : ajoutez --apply pour importer</translation>
    </message>
    <message>
      <source>It would also create: {names}</source>
      <translation>L'import créerait aussi : {names}</translation>
    </message>
    <message>
      <source>{path} names what this warehouse does not have ({count}): {names}. Add --create-missing to create them</source>
      <translation>{path} nomme ce que cet entrepôt n'a pas ({count}) : {names}. Ajoutez --create-missing pour les créer</translation>
    </message>
    <message>
      <source>Every box in {path} was imported before (boxes: {skipped}): nothing was written</source>
      <translation>Toutes les caisses de {path} ont déjà été importées (caisses : {skipped}) : rien n'a été écrit</translation>
    </message>
    <message>
      <source>Imported from {path}: new boxes {boxes} ({first} to {last}), imported before and skipped {skipped}; created: categories {categories}, sizes {sizes}, locations {locations}</source>
      <translation>Importé de {path} : nouvelles caisses {boxes} ({first} à {last}), déjà importées et ignorées {skipped} ; créé : catégories {categories}, tailles {sizes}, emplacements {locations}</translation>
    </message>
    <message>
      <source>Labels of the boxes in stock (labels: {count}) written to {path}</source>
      <translation>Étiquettes des caisses en stock (étiquettes : {count}) écrites dans {path}</translation>
    </message>
    <message>
      <source>{path} is separated by semicolons: Boxtribute exports commas. Export it again from Boxtribute, or save it as CSV UTF-8 (comma delimited)</source>
      <translation>{path} est séparé par des points-virgules : Boxtribute exporte des virgules. Exportez-le de nouveau depuis Boxtribute, ou enregistrez-le en CSV UTF-8 (délimité par des virgules)</translation>
    </message>
    <message>
      <source>{path} holds no boxes: nothing was written</source>
      <translation>{path} ne contient aucune caisse : rien n'a été écrit</translation>
    </message>
    <message>
      <source>{path}: some of these boxes (boxes: {count}) were imported at another bench meanwhile. Nothing was written: run the import again</source>
      <translation>{path} : certaines de ces caisses (caisses : {count}) ont été importées entre-temps à un autre poste. Rien n'a été écrit : relancez l'import</translation>
    </message>
    <message>
      <source>Labels cannot be written here: the labels package is missing from this installation</source>
      <translation>Impossible d’écrire les étiquettes ici : le module des étiquettes manque à cette installation</translation>
    </message>
    <message>
      <source>Boxes are imported from another program: add --from boxtribute</source>
      <translation>Les caisses s'importent depuis un autre programme : ajoutez --from boxtribute</translation>
    </message>
    <message>
      <source>--as boxtribute exports boxes, not {what}</source>
      <translation>--as boxtribute exporte les caisses, pas {what}</translation>
    </message>
    <message>
      <source>--hxl adds a row to CSV files only, not to {path}</source>
      <translation>--hxl ajoute une ligne aux fichiers CSV seulement, pas à {path}</translation>
    </message>
    <message>
      <source>The catalogue already has categories ({count}): the standard catalogue only goes into an empty one</source>
      <translation>Le catalogue a déjà des catégories ({count}) : le catalogue standard ne va que dans un catalogue vide</translation>
    </message>
    <message>
      <source>Standard catalogue added: categories {count}</source>
      <translation>Catalogue standard ajouté : catégories {count}</translation>
    </message>
    <message>
      <source>The period ends on {last}, before it starts on {first}: swap the two dates</source>
      <translation>La période se termine le {last}, avant de commencer le {first} : inversez les deux dates</translation>
    </message>
    <message>
      <source>That period has more than {limit} columns by {step}: choose a shorter period or a longer step (week or month)</source>
      <translation>Cette période a plus de {limit} colonnes par {step} : choisissez une période plus courte ou un pas plus long (semaine ou mois)</translation>
    </message>
    <message>
      <source>Report by day, week or month (not {step})</source>
      <translation>Rapport par jour, semaine ou mois (pas {step})</translation>
    </message>
    <message>
      <source>Nothing was dispatched from {first} to {last}</source>
      <translation>Rien n'est parti du {first} au {last}</translation>
    </message>
    <message>
      <source>Unknown label format {name}: use one of {known}</source>
      <translation>Format d'étiquette inconnu {name} : utilisez {known}</translation>
    </message>
    <message>
      <source>--skip must be between 0 and {per_page} minus one (got {skip})</source>
      <translation>--skip doit être entre 0 et {per_page} moins un (reçu {skip})</translation>
    </message>
    <message>
      <source>{path}: the output must end in .pdf, .png or .zpl</source>
      <translation>{path} : la sortie doit finir par .pdf, .png ou .zpl</translation>
    </message>
    <message>
      <source>{output} is not made for the {format} format: use {outputs}</source>
      <translation>{output} n'existe pas pour le format {format} : utilisez {outputs}</translation>
    </message>
    <message>
      <source>Printer resolution must be 203 or 300 dpi (got {dpi})</source>
      <translation>La résolution de l'imprimante doit être 203 ou 300 dpi (reçu {dpi})</translation>
    </message>
    <message>
      <source>The calibration offset must be between -20 and 20 mm</source>
      <translation>Le décalage de calibrage doit être entre -20 et 20 mm</translation>
    </message>
    <message>
      <source>A calibration offset of {x} mm right and {y} mm down would push a barcode off the label: this format allows {left} to {right} mm right and {up} to {down} mm down</source>
      <translation>Un décalage de calibrage de {x} mm vers la droite et {y} mm vers le bas ferait sortir un code-barres de l'étiquette : ce format permet de {left} à {right} mm vers la droite et de {up} à {down} mm vers le bas</translation>
    </message>
    <message>
      <source>Unknown label language {lang}: use one of {known}</source>
      <translation>Langue d'étiquette inconnue {lang} : utilisez l'une de {known}</translation>
    </message>
    <message>
      <source>There is nothing to print</source>
      <translation>Il n'y a rien à imprimer</translation>
    </message>
    <message>
      <source>Give the number of blank labels with --count (1 to {limit})</source>
      <translation>Donnez le nombre d'étiquettes vierges avec --count (1 à {limit})</translation>
    </message>
    <message>
      <source>Unknown label kind {kind}: use one of {known}</source>
      <translation>Type d'étiquette inconnu {kind} : utilisez {known}</translation>
    </message>
    <message>
      <source>Give the codes to print, or --all</source>
      <translation>Donnez les codes à imprimer, ou --all</translation>
    </message>
    <message>
      <source>Unknown kind of card {cards}: choose among {known}</source>
      <translation>Sorte de carte inconnue {cards} : choisissez parmi {known}</translation>
    </message>
    <message>
      <source>Wrote {count} labels to {path}</source>
      <translation>{count} étiquettes écrites dans {path}</translation>
    </message>
    <message>
      <source>{value} is not a date: write it as YYYY-MM-DD</source>
      <translation>{value} n'est pas une date : écrivez AAAA-MM-JJ</translation>
    </message>
    <message>
      <source>{path}: the output must end in {suffixes}</source>
      <translation>{path} : la sortie doit finir par {suffixes}</translation>
    </message>
    <message>
      <source>Wrote {what} to {path}</source>
      <translation>{what} écrit dans {path}</translation>
    </message>
    <message>
      <source>The file {path} does not exist</source>
      <translation>Le fichier {path} n'existe pas</translation>
    </message>
    <message>
      <source>The file {path} cannot be read: {detail}</source>
      <translation>Le fichier {path} ne peut pas être lu : {detail}</translation>
    </message>
    <message>
      <source>Cannot print {path}: only PDF, PNG and ZPL files can be printed</source>
      <translation>Impossible d'imprimer {path} : seuls les fichiers PDF, PNG et ZPL s'impriment</translation>
    </message>
    <message>
      <source>The file {path} is not a PDF that can be opened</source>
      <translation>Le fichier {path} n'est pas un PDF lisible</translation>
    </message>
    <message>
      <source>{path} is ZPL: send it to a label printer with --raw HOST:PORT</source>
      <translation>{path} est du ZPL : envoyez-le à une imprimante d'étiquettes avec --raw HÔTE:PORT</translation>
    </message>
    <message>
      <source>There is no printer called {printer}: choose one in Settings (Printers), or list them with print --list-printers</source>
      <translation>Il n'y a pas d'imprimante {printer} : choisissez-en une dans Réglages (Imprimantes), ou listez-les avec print --list-printers</translation>
    </message>
    <message>
      <source>No printer is set up on this computer: add one in the system settings</source>
      <translation>Aucune imprimante sur cet ordinateur : ajoutez-en une dans les réglages du système</translation>
    </message>
    <message>
      <source>The printer {printer} is stopped or paused: start it in the system settings and retry</source>
      <translation>L'imprimante {printer} est arrêtée ou en pause : démarrez-la dans les réglages du système et réessayez</translation>
    </message>
    <message>
      <source>The printer {printer} is not accepting jobs: enable it in the system settings and retry</source>
      <translation>L'imprimante {printer} n'accepte pas de travaux : activez-la dans les réglages du système et réessayez</translation>
    </message>
    <message>
      <source>The printer {printer} refused the job: {detail}</source>
      <translation>L'imprimante {printer} a refusé le travail : {detail}</translation>
    </message>
    <message>
      <source>{address} is not a printer address: write HOST:PORT, for example 192.168.1.50:9100</source>
      <translation>{address} n'est pas une adresse d'imprimante : écrivez HÔTE:PORT, par exemple 192.168.1.50:9100</translation>
    </message>
    <message>
      <source>The label printer at {address} refused the connection: is it switched on and is the address right?</source>
      <translation>L'imprimante d'étiquettes à {address} a refusé la connexion : est-elle allumée et l'adresse est-elle juste ?</translation>
    </message>
    <message>
      <source>The label printer at {address} did not answer within {seconds} s: check the cable or network and retry</source>
      <translation>L'imprimante d'étiquettes à {address} n'a pas répondu en {seconds} s : vérifiez le câble ou le réseau et réessayez</translation>
    </message>
    <message>
      <source>The label printer at {address} stopped taking data for {seconds} s: check paper and ribbon, then retry</source>
      <translation>L'imprimante d'étiquettes à {address} ne prend plus de données depuis {seconds} s : vérifiez papier et ruban, puis réessayez</translation>
    </message>
    <message>
      <source>The label printer at {address} cannot be reached: {detail}</source>
      <translation>L'imprimante d'étiquettes à {address} est injoignable : {detail}</translation>
    </message>
    <message>
      <source>The label printer at {address} closed the connection during the job: retry</source>
      <translation>L'imprimante d'étiquettes à {address} a coupé la connexion pendant le travail : réessayez</translation>
    </message>
    <message>
      <source>Cannot write the print file {path}: {detail}</source>
      <translation>Impossible d'écrire le fichier d'impression {path} : {detail}</translation>
    </message>
    <message>
      <source>The number of copies must be between 1 and {maximum}</source>
      <translation>Le nombre de copies doit être entre 1 et {maximum}</translation>
    </message>
    <message>
      <source>{target} is not a printer setting</source>
      <translation>{target} n'est pas un réglage d'imprimante</translation>
    </message>
    <message>
      <source>Unknown label format {format}: use one of {formats}</source>
      <translation>Format d'étiquette inconnu {format} : utilisez {formats}</translation>
    </message>
    <message>
      <source>The calibration offset must be within ±{maximum} mm</source>
      <translation>Le décalage de calibrage doit rester dans ±{maximum} mm</translation>
    </message>
    <message>
      <source>Give the FILE to print, or use --list-printers or --list-scanners</source>
      <translation>Donnez le FICHIER à imprimer, ou utilisez --list-printers ou --list-scanners</translation>
    </message>
    <message>
      <source>The timeout must be a number of seconds above 0</source>
      <translation>Le délai doit être un nombre de secondes supérieur à 0</translation>
    </message>
    <message>
      <source>Sent {path} to {printer} ({copies} copies)</source>
      <translation>{path} envoyé à {printer} ({copies} copies)</translation>
    </message>
    <message>
      <source>Scanner port {port} is not there: plug the scanner in</source>
      <translation>Le port du scanner {port} est absent : branchez le scanner</translation>
    </message>
    <message>
      <source>Cannot open scanner port {port}: {detail}</source>
      <translation>Impossible d'ouvrir le port du scanner {port} : {detail}</translation>
    </message>
    <message>
      <source>{terminator} is not a line end: use CR, LF, CRLF or one byte like 0x03</source>
      <translation>{terminator} n'est pas une fin de ligne : utilisez CR, LF, CRLF ou un octet comme 0x03</translation>
    </message>
    <message>
      <source>{baud} is not a serial speed</source>
      <translation>{baud} n'est pas une vitesse série</translation>
    </message>
    <message numerus="yes">
      <source>%n box(es)</source>
      <translation>
        <numerusform>%n carton</numerusform>
        <numerusform>%n cartons</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n item(s)</source>
      <translation>
        <numerusform>%n article</numerusform>
        <numerusform>%n articles</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n found</source>
      <translation>
        <numerusform>%n trouvé</numerusform>
        <numerusform>%n trouvés</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n missing</source>
      <translation>
        <numerusform>%n manquant</numerusform>
        <numerusform>%n manquants</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n moved here</source>
      <translation>
        <numerusform>%n déplacé ici</numerusform>
        <numerusform>%n déplacés ici</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n change(s)</source>
      <translation>
        <numerusform>%n changement</numerusform>
        <numerusform>%n changements</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n minute(s)</source>
      <translation>
        <numerusform>%n minute</numerusform>
        <numerusform>%n minutes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n second(s)</source>
      <translation>
        <numerusform>%n seconde</numerusform>
        <numerusform>%n secondes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n row(s)</source>
      <translation>
        <numerusform>%n ligne</numerusform>
        <numerusform>%n lignes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n label(s)</source>
      <translation>
        <numerusform>%n étiquette</numerusform>
        <numerusform>%n étiquettes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n cop(y|ies)</source>
      <translation>
        <numerusform>%n exemplaire</numerusform>
        <numerusform>%n exemplaires</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n box(es) seen</source>
      <translation>
        <numerusform>%n carton vu</numerusform>
        <numerusform>%n cartons vus</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n new</source>
      <translation>
        <numerusform>%n nouveau</numerusform>
        <numerusform>%n nouveaux</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n changed</source>
      <translation>
        <numerusform>%n modifié</numerusform>
        <numerusform>%n modifiés</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n unchanged</source>
      <translation>
        <numerusform>%n inchangé</numerusform>
        <numerusform>%n inchangés</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n categor(y|ies)</source>
      <translation>
        <numerusform>%n catégorie</numerusform>
        <numerusform>%n catégories</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n location(s)</source>
      <translation>
        <numerusform>%n emplacement</numerusform>
        <numerusform>%n emplacements</numerusform>
      </translation>
    </message>
    <message>
      <source>Loading van to {destination} ({count})</source>
      <translation>Chargement du camion pour {destination} ({count})</translation>
    </message>
    <message>
      <source>Box {code} loaded for {destination} ({count} on the van)</source>
      <translation>Carton {code} chargé pour {destination} ({count} dans le camion)</translation>
    </message>
    <message>
      <source>Van to {destination} dispatched with {count}</source>
      <translation>Camion pour {destination} parti avec {count}</translation>
    </message>
    <message>
      <source>Dispatch van load {van_load} to {destination}: {boxes}, {items}? Scan DISPATCH again to confirm</source>
      <translation>Expédier le chargement {van_load} pour {destination} : {boxes}, {items} ? Scannez DÉPART encore pour confirmer</translation>
    </message>
    <message>
      <source>Van load {code} to {destination} reopened: {count} loading again</source>
      <translation>Chargement {code} pour {destination} rouvert : {count} de nouveau en chargement</translation>
    </message>
    <message>
      <source>Count of {location} done: {found}, {missing}, {moved}</source>
      <translation>Comptage de {location} terminé : {found}, {missing}, {moved}</translation>
    </message>
    <message>
      <source>Undone ({what}): box {code}, {before} → {after}</source>
      <translation>Défait ({what}) : carton {code}, {before} → {after}</translation>
    </message>
    <message>
      <source>Undone ({what}): {count}</source>
      <translation>Défait ({what}) : {count}</translation>
    </message>
    <message>
      <source>Nothing of yours to undo here (the last {depth}, {minutes})</source>
      <translation>Rien de vous à défaire ici (derniers changements : {depth}, {minutes})</translation>
    </message>
    <message>
      <source>{location}: {boxes}, {items} in stock</source>
      <translation>{location} : {boxes}, {items} en stock</translation>
    </message>
    <message>
      <source>Van load {code} to {destination}: {state}, {boxes}, {items}</source>
      <translation>Chargement {code} pour {destination} : {state}, {boxes}, {items}</translation>
    </message>
    <message>
      <source>{category}: {boxes} in stock</source>
      <translation>{category} : {boxes} en stock</translation>
    </message>
    <message>
      <source>Nothing scanned for {minutes}: location, van load and count cleared</source>
      <translation>Rien scanné depuis {minutes} : emplacement, chargement et inventaire effacés</translation>
    </message>
    <message>
      <source>Too many wrong PINs: wait {seconds}</source>
      <translation>Trop de PIN incorrects : attendez {seconds}</translation>
    </message>
    <message>
      <source>Wrote {count} to {path}</source>
      <translation>Écrit dans {path} : {count}</translation>
    </message>
    <message>
      <source>Sent {path} to {printer} ({copies})</source>
      <translation>{path} envoyé à {printer} ({copies})</translation>
    </message>
    <message>
      <source>Imported {path}: {created}, {updated}, {unchanged}</source>
      <translation>{path} importé : {created}, {updated}, {unchanged}</translation>
    </message>
    <message>
      <source>Demo warehouse created: {categories}, {locations}, {boxes}</source>
      <translation>Entrepôt de démonstration créé : {categories}, {locations}, {boxes}</translation>
    </message>
  </context>
  <context>
    <name>Names</name>
    <message>
      <source>Avery L7163 (A4, 2×7)</source>
      <translation>Avery L7163 (A4, 2×7)</translation>
    </message>
    <message>
      <source>A4, two per page</source>
      <translation>A4, deux par page</translation>
    </message>
    <message>
      <source>62 × 100 mm roll</source>
      <translation>Rouleau 62 × 100 mm</translation>
    </message>
    <message>
      <source>4 × 6 in thermal</source>
      <translation>Thermique 4 × 6 po</translation>
    </message>
    <message>
      <source>100 × 150 mm thermal</source>
      <translation>Thermique 100 × 150 mm</translation>
    </message>
    <message>
      <source>in stock</source>
      <translation>en stock</translation>
    </message>
    <message>
      <source>loading</source>
      <translation>en chargement</translation>
    </message>
    <message>
      <source>dispatched</source>
      <translation>parti</translation>
    </message>
    <message>
      <source>scrapped</source>
      <translation>au rebut</translation>
    </message>
    <message>
      <source>lost</source>
      <translation>perdu</translation>
    </message>
    <message>
      <source>missing</source>
      <translation>manquant</translation>
    </message>
    <message>
      <source>cancelled</source>
      <translation>annulé</translation>
    </message>
    <message>
      <source>created</source>
      <translation>création</translation>
    </message>
    <message>
      <source>moved</source>
      <translation>déplacement</translation>
    </message>
    <message>
      <source>loaded</source>
      <translation>chargement</translation>
    </message>
    <message>
      <source>unloaded</source>
      <translation>déchargement</translation>
    </message>
    <message>
      <source>returned</source>
      <translation>retour</translation>
    </message>
    <message>
      <source>adjusted</source>
      <translation>correction</translation>
    </message>
    <message>
      <source>found</source>
      <translation>retrouvé</translation>
    </message>
    <message>
      <source>undone</source>
      <translation>annulation</translation>
    </message>
    <message>
      <source>repacked</source>
      <translation>remballé</translation>
    </message>
    <message>
      <source>found missing</source>
      <translation>constaté manquant</translation>
    </message>
    <message>
      <source>reopened</source>
      <translation>rouvert</translation>
    </message>
    <message>
      <source>weighed</source>
      <translation>pesé</translation>
    </message>
    <message>
      <source>CHECK IN</source>
      <translation>ENTRÉE</translation>
    </message>
    <message>
      <source>LOAD VAN</source>
      <translation>CHARGER LE CAMION</translation>
    </message>
    <message>
      <source>STOCK-TAKE</source>
      <translation>INVENTAIRE</translation>
    </message>
    <message>
      <source>men</source>
      <translation>hommes</translation>
    </message>
    <message>
      <source>women</source>
      <translation>femmes</translation>
    </message>
    <message>
      <source>unisex adult</source>
      <translation>adulte unisexe</translation>
    </message>
    <message>
      <source>boys</source>
      <translation>garçons</translation>
    </message>
    <message>
      <source>girls</source>
      <translation>filles</translation>
    </message>
    <message>
      <source>unisex kids</source>
      <translation>enfant unisexe</translation>
    </message>
    <message>
      <source>baby</source>
      <translation>bébé</translation>
    </message>
    <message>
      <source>none</source>
      <translation>aucun</translation>
    </message>
    <message>
      <source>Clothing</source>
      <translation>Vêtements</translation>
    </message>
    <message>
      <source>Footwear</source>
      <translation>Chaussures</translation>
    </message>
    <message>
      <source>Bedding</source>
      <translation>Literie</translation>
    </message>
    <message>
      <source>Hygiene</source>
      <translation>Hygiène</translation>
    </message>
    <message>
      <source>Shelter</source>
      <translation>Abri</translation>
    </message>
    <message>
      <source>Food</source>
      <translation>Nourriture</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Autre</translation>
    </message>
    <message>
      <source>shelf</source>
      <translation>étagère</translation>
    </message>
    <message>
      <source>zone</source>
      <translation>zone</translation>
    </message>
    <message>
      <source>bench</source>
      <translation>poste</translation>
    </message>
    <message>
      <source>loading bay</source>
      <translation>quai de chargement</translation>
    </message>
    <message>
      <source>one size</source>
      <translation>taille unique</translation>
    </message>
  </context>
  <context>
    <name>NeedsView</name>
    <message>
      <source>Category</source>
      <translation>Catégorie</translation>
    </message>
    <message>
      <source>Group</source>
      <translation>Groupe</translation>
    </message>
    <message>
      <source>In stock</source>
      <translation>En stock</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>Objectif</translation>
    </message>
    <message>
      <source>Short by</source>
      <translation>Manque</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Taille</translation>
    </message>
    <message>
      <source>Boxes</source>
      <translation>Cartons</translation>
    </message>
    <message>
      <source>Items</source>
      <translation>Articles</translation>
    </message>
    <message numerus="yes">
      <source>%n categories below target</source>
      <translation>
        <numerusform>%n catégorie sous l'objectif</numerusform>
        <numerusform>%n catégories sous l'objectif</numerusform>
      </translation>
    </message>
    <message>
      <source>Every category is at or above its target</source>
      <translation>Toutes les catégories ont atteint leur objectif</translation>
    </message>
    <message>
      <source>Boxes in stock against target</source>
      <translation>Cartons en stock face à l'objectif</translation>
    </message>
    <message>
      <source>Boxes in and out per day</source>
      <translation>Cartons entrés et sortis par jour</translation>
    </message>
    <message>
      <source>Choose a category to see its sizes</source>
      <translation>Choisissez une catégorie pour voir ses tailles</translation>
    </message>
    <message>
      <source>{category} by size</source>
      <translation>{category} par taille</translation>
    </message>
    <message>
      <source>In</source>
      <translation>Entrés</translation>
    </message>
    <message>
      <source>Out</source>
      <translation>Sortis</translation>
    </message>
    <message>
      <source>Save as picture…</source>
      <translation>Enregistrer en image…</translation>
    </message>
    <message>
      <source>Save the needs list as a picture</source>
      <translation>Enregistrer la liste des besoins en image</translation>
    </message>
    <message>
      <source>Picture (*.png)</source>
      <translation>Image (*.png)</translation>
    </message>
  </context>
  <context>
    <name>PrintJobs</name>
    <message>
      <source>Document</source>
      <translation>Document</translation>
    </message>
    <message>
      <source>Printer</source>
      <translation>Imprimante</translation>
    </message>
    <message>
      <source>Copies</source>
      <translation>Copies</translation>
    </message>
    <message>
      <source>State</source>
      <translation>État</translation>
    </message>
    <message>
      <source>What went wrong</source>
      <translation>Ce qui n’a pas marché</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>Réessayer</translation>
    </message>
    <message>
      <source>Clear printed</source>
      <translation>Effacer les travaux imprimés</translation>
    </message>
    <message>
      <source>No print jobs yet. Every label and sheet sent to a printer is listed here with how it went; a job that failed can be sent again with Retry.</source>
      <translation>Aucune impression pour l'instant. Chaque étiquette et chaque fiche envoyée à une imprimante s'affiche ici avec son résultat ; une impression qui a échoué peut être relancée avec Réessayer.</translation>
    </message>
    <message>
      <source>waiting</source>
      <translation>en attente</translation>
    </message>
    <message>
      <source>printing</source>
      <translation>impression en cours</translation>
    </message>
    <message>
      <source>printed</source>
      <translation>imprimé</translation>
    </message>
    <message>
      <source>failed</source>
      <translation>échec</translation>
    </message>
  </context>
  <context>
    <name>PrintJobsModel</name>
    <message>
      <source>default printer</source>
      <translation>imprimante par défaut</translation>
    </message>
  </context>
  <context>
    <name>PrintPreview</name>
    <message numerus="yes">
      <source>%n page(s)</source>
      <translation>
        <numerusform>%n page</numerusform>
        <numerusform>%n pages</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Print…</source>
      <translation>&amp;Imprimer…</translation>
    </message>
    <message>
      <source>&amp;Save as PDF…</source>
      <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
      <source>&amp;Other printer…</source>
      <translation>&amp;Autre imprimante…</translation>
    </message>
    <message>
      <source>Save as PDF</source>
      <translation>Enregistrer en PDF</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>Imprimer</translation>
    </message>
    <message>
      <source>Waiting for the printer…</source>
      <translation>En attente de l’imprimante…</translation>
    </message>
    <message>
      <source>Print preview</source>
      <translation>Aperçu avant impression</translation>
    </message>
    <message>
      <source>Not saved</source>
      <translation>Non enregistré</translation>
    </message>
    <message>
      <source>Sent to {where}</source>
      <translation>Envoyé à {where}</translation>
    </message>
    <message>
      <source>Not printed: {reason}</source>
      <translation>Non imprimé : {reason}</translation>
    </message>
    <message>
      <source>Could not save {path}: {reason}</source>
      <translation>Impossible d’enregistrer {path} : {reason}</translation>
    </message>
  </context>
  <context>
    <name>PrinterSettings</name>
    <message>
      <source>Serial scanner</source>
      <translation>Scanner série</translation>
    </message>
    <message>
      <source>Look again</source>
      <translation>Chercher à nouveau</translation>
    </message>
    <message>
      <source>Use this scanner</source>
      <translation>Utiliser ce scanner</translation>
    </message>
    <message>
      <source>Stop using the selected scanner</source>
      <translation>Ne plus utiliser le scanner choisi</translation>
    </message>
    <message>
      <source>CR, LF, CRLF, or one byte such as 0x03</source>
      <translation>CR, LF, CRLF, ou un octet comme 0x03</translation>
    </message>
    <message>
      <source>Label printer on the network (ZPL)</source>
      <translation>Imprimante d’étiquettes en réseau (ZPL)</translation>
    </message>
    <message>
      <source>Address (host:port)</source>
      <translation>Adresse (hôte:port)</translation>
    </message>
    <message>
      <source>Printer for each label format</source>
      <translation>Imprimante pour chaque format d’étiquette</translation>
    </message>
    <message>
      <source>Calibration and test label</source>
      <translation>Calibrage et étiquette de test</translation>
    </message>
    <message>
      <source>Print a test label</source>
      <translation>Imprimer une étiquette de test</translation>
    </message>
    <message>
      <source>Port</source>
      <translation>Port</translation>
    </message>
    <message>
      <source>Speed (baud)</source>
      <translation>Vitesse (bauds)</translation>
    </message>
    <message>
      <source>Line end</source>
      <translation>Fin de ligne</translation>
    </message>
    <message>
      <source>Prefix</source>
      <translation>Préfixe</translation>
    </message>
    <message>
      <source>Suffix</source>
      <translation>Suffixe</translation>
    </message>
    <message>
      <source>Choose the port the scanner is on</source>
      <translation>Choisissez le port du scanner</translation>
    </message>
    <message>
      <source>Label format</source>
      <translation>Format d’étiquette</translation>
    </message>
    <message>
      <source>Move right by</source>
      <translation>Décaler à droite de</translation>
    </message>
    <message>
      <source>Move down by</source>
      <translation>Décaler vers le bas de</translation>
    </message>
    <message>
      <source>System default printer</source>
      <translation>Imprimante par défaut du système</translation>
    </message>
    <message>
      <source>Scanner on {0} saved</source>
      <translation>Scanner sur {0} enregistré</translation>
    </message>
    <message>
      <source>Test label sent to {0}</source>
      <translation>Étiquette de test envoyée à {0}</translation>
    </message>
    <message>
      <source>Test label {0}</source>
      <translation>Étiquette de test {0}</translation>
    </message>
    <message>
      <source>Label printer at {0}</source>
      <translation>Imprimante d’étiquettes à {0}</translation>
    </message>
    <message>
      <source>Not saved: {0}</source>
      <translation>Non enregistré : {0}</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <source>&amp;Look in:</source>
      <translation>&amp;Regarder dans :</translation>
    </message>
    <message>
      <source>Files of &amp;type:</source>
      <translation>Fichiers de &amp;type :</translation>
    </message>
  </context>
  <context>
    <name>ReportActions</name>
    <message>
      <source>Category cards</source>
      <translation>Cartes de catégorie</translation>
    </message>
    <message>
      <source>Size cards (one per size of each category)</source>
      <translation>Cartes de taille (une par taille de chaque catégorie)</translation>
    </message>
    <message>
      <source>Command cards (CHECK IN, LOAD, UNDO…)</source>
      <translation>Cartes de commande (ENTRÉE, CHARGER, DÉFAIRE…)</translation>
    </message>
    <message>
      <source>Quantity cards (items per box)</source>
      <translation>Cartes de quantité (articles par carton)</translation>
    </message>
    <message>
      <source>Expiry cards (+3, +6, +12 months)</source>
      <translation>Cartes de péremption (+3, +6, +12 mois)</translation>
    </message>
    <message>
      <source>Volunteer cards</source>
      <translation>Cartes de bénévole</translation>
    </message>
    <message>
      <source>As set for every bench</source>
      <translation>Comme réglé pour tous les postes</translation>
    </message>
    <message>
      <source>Label options</source>
      <translation>Options des étiquettes</translation>
    </message>
    <message>
      <source>all (or codes separated by spaces)</source>
      <translation>toutes (ou des codes séparés par des espaces)</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <source>Used positions to skip</source>
      <translation>Emplacements déjà utilisés à sauter</translation>
    </message>
    <message>
      <source>Move right</source>
      <translation>Décaler à droite</translation>
    </message>
    <message>
      <source>Move down</source>
      <translation>Décaler vers le bas</translation>
    </message>
    <message>
      <source>Not printed</source>
      <translation>Non imprimé</translation>
    </message>
    <message>
      <source>Box labels</source>
      <translation>Étiquettes de carton</translation>
    </message>
    <message>
      <source>Blank box labels</source>
      <translation>Étiquettes de carton vierges</translation>
    </message>
    <message>
      <source>Shelf labels</source>
      <translation>Étiquettes d'étagère</translation>
    </message>
    <message>
      <source>Van-load labels</source>
      <translation>Étiquettes de chargement</translation>
    </message>
    <message>
      <source>Bench cards</source>
      <translation>Cartes du poste</translation>
    </message>
    <message>
      <source>Van manifest</source>
      <translation>Manifeste du camion</translation>
    </message>
    <message>
      <source>Van load:</source>
      <translation>Chargement :</translation>
    </message>
    <message>
      <source>Export needs list</source>
      <translation>Exporter la liste des besoins</translation>
    </message>
    <message>
      <source>Text to post (*.txt);;PDF (*.pdf);;Spreadsheet (*.csv)</source>
      <translation>Texte à publier (*.txt);;PDF (*.pdf);;Tableur (*.csv)</translation>
    </message>
    <message>
      <source>Codes</source>
      <translation>Codes</translation>
    </message>
    <message>
      <source>How many labels</source>
      <translation>Combien d’étiquettes</translation>
    </message>
    <message>
      <source>Second language</source>
      <translation>Deuxième langue</translation>
    </message>
    <message>
      <source>There is no van load yet.</source>
      <translation>Il n'y a encore aucun chargement.</translation>
    </message>
    <message>
      <source>Folder for the end-of-day stock sheets</source>
      <translation>Dossier des fiches de stock de fin de journée</translation>
    </message>
    <message>
      <source>End-of-day stock sheet</source>
      <translation>Fiche de stock de fin de journée</translation>
    </message>
    <message>
      <source>Saved to {sheet}; database backed up to {backup}</source>
      <translation>Enregistré dans {sheet} ; base sauvegardée dans {backup}</translation>
    </message>
    <message>
      <source>Saved to {sheet} (the shared database is backed up on its server)</source>
      <translation>Enregistré dans {sheet} (la base partagée est sauvegardée sur son serveur)</translation>
    </message>
    <message>
      <source>&amp;Labels</source>
      <translation>É&amp;tiquettes</translation>
    </message>
    <message>
      <source>&amp;Box labels…</source>
      <translation>Étiquettes de &amp;carton…</translation>
    </message>
    <message>
      <source>B&amp;lank box labels…</source>
      <translation>Étiquettes &amp;vierges…</translation>
    </message>
    <message>
      <source>&amp;Shelf labels…</source>
      <translation>Étiquettes d'é&amp;tagère…</translation>
    </message>
    <message>
      <source>&amp;Van-load labels…</source>
      <translation>Étiquettes de c&amp;hargement…</translation>
    </message>
    <message>
      <source>Bench &amp;cards…</source>
      <translation>Cartes du &amp;poste…</translation>
    </message>
    <message>
      <source>End-of-day &amp;stock sheet</source>
      <translation>Fiche de &amp;stock de fin de journée</translation>
    </message>
    <message>
      <source>Van &amp;manifest…</source>
      <translation>&amp;Manifeste du camion…</translation>
    </message>
    <message>
      <source>&amp;Needs list</source>
      <translation>Liste des &amp;besoins</translation>
    </message>
    <message>
      <source>&amp;Export needs list…</source>
      <translation>&amp;Exporter la liste des besoins…</translation>
    </message>
    <message>
      <source>&amp;Close the day…</source>
      <translation>&amp;Clôturer la journée…</translation>
    </message>
    <message>
      <source>Needs list</source>
      <translation>Liste des besoins</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>Imprimer</translation>
    </message>
    <message>
      <source>Something went wrong: {error}</source>
      <translation>Un problème est survenu : {error}</translation>
    </message>
    <message>
      <source>Van manifest {code}</source>
      <translation>Manifeste du camion {code}</translation>
    </message>
  </context>
  <context>
    <name>ReportsPage</name>
    <message>
      <source>Day</source>
      <translation>Jour</translation>
    </message>
    <message>
      <source>Week</source>
      <translation>Semaine</translation>
    </message>
    <message>
      <source>Month</source>
      <translation>Mois</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Période</translation>
    </message>
    <message>
      <source>Group</source>
      <translation>Groupe</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Catégorie</translation>
    </message>
    <message>
      <source>Destination</source>
      <translation>Destination</translation>
    </message>
    <message>
      <source>Boxes</source>
      <translation>Cartons</translation>
    </message>
    <message>
      <source>Items</source>
      <translation>Articles</translation>
    </message>
    <message>
      <source>kg</source>
      <translation>kg</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Du</translation>
    </message>
    <message>
      <source>To</source>
      <translation>Au</translation>
    </message>
    <message>
      <source>By</source>
      <translation>Par</translation>
    </message>
    <message>
      <source>Save PDF…</source>
      <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
      <source>Save CSV…</source>
      <translation>Enregistrer en CSV…</translation>
    </message>
    <message>
      <source>Boxes dispatched, by category group</source>
      <translation>Cartons partis, par groupe de catégories</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Spreadsheet (*.csv)</source>
      <translation>Tableur (*.csv)</translation>
    </message>
    <message>
      <source>Save the report</source>
      <translation>Enregistrer le rapport</translation>
    </message>
    <message>
      <source>Week of {date}</source>
      <translation>Semaine du {date}</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <source>Saved to {path}</source>
      <translation>Enregistré dans {path}</translation>
    </message>
    <message>
      <source>Dispatched: {boxes} boxes, {items} items</source>
      <translation>Partis : {boxes} cartons, {items} articles</translation>
    </message>
  </context>
  <context>
    <name>ScanLog</name>
    <message>
      <source>Time</source>
      <translation>Heure</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <source>What happened</source>
      <translation>Ce qui s'est passé</translation>
    </message>
  </context>
  <context>
    <name>ScannerStatus</name>
    <message>
      <source>connected</source>
      <translation>connecté</translation>
    </message>
    <message>
      <source>reconnected</source>
      <translation>reconnecté</translation>
    </message>
    <message>
      <source>disconnected</source>
      <translation>déconnecté</translation>
    </message>
    <message>
      <source>Reading barcodes</source>
      <translation>Lecture des codes-barres</translation>
    </message>
    <message>
      <source>Not found: the program keeps looking and reconnects by itself</source>
      <translation>Introuvable : le programme continue de chercher et se reconnecte tout seul</translation>
    </message>
    <message>
      <source>Scanner {0}: {1}</source>
      <translation>Scanner {0} : {1}</translation>
    </message>
    <message>
      <source>Scanner {0} disconnected: plug it back in</source>
      <translation>Scanner {0} déconnecté : rebranchez-le</translation>
    </message>
    <message>
      <source>Scanner {0} reconnected</source>
      <translation>Scanner {0} reconnecté</translation>
    </message>
  </context>
  <context>
    <name>SettingsView</name>
    <message>
      <source>Label languages and time zone saved for every bench</source>
      <translation>Langues des étiquettes et fuseau horaire enregistrés pour tous les postes</translation>
    </message>
    <message>
      <source>Scanner, printer, label and time zone settings need a coordinator's PIN.</source>
      <translation>Les réglages du scanner, des imprimantes, des étiquettes et du fuseau horaire demandent le code PIN d'un coordinateur.</translation>
    </message>
    <message>
      <source>&amp;Unlock…</source>
      <translation>&amp;Déverrouiller…</translation>
    </message>
    <message>
      <source>General</source>
      <translation>Général</translation>
    </message>
    <message>
      <source>Scanner</source>
      <translation>Scanner</translation>
    </message>
    <message>
      <source>Printers</source>
      <translation>Imprimantes</translation>
    </message>
    <message>
      <source>Beep on every scan</source>
      <translation>Bip à chaque scan</translation>
    </message>
    <message>
      <source>Labels and time (all benches)</source>
      <translation>Étiquettes et heure (tous les postes)</translation>
    </message>
    <message>
      <source>None</source>
      <translation>Aucune</translation>
    </message>
    <message>
      <source>Save label languages and time zone</source>
      <translation>Enregistrer les langues des étiquettes et le fuseau horaire</translation>
    </message>
    <message>
      <source>Save warehouse name</source>
      <translation>Enregistrer le nom de l'entrepôt</translation>
    </message>
    <message>
      <source>Keyboard scanner</source>
      <translation>Scanner clavier</translation>
    </message>
    <message>
      <source>Apply scanner settings</source>
      <translation>Appliquer les réglages du scanner</translation>
    </message>
    <message>
      <source>Scanner settings applied</source>
      <translation>Réglages du scanner appliqués</translation>
    </message>
    <message>
      <source>Warehouse name saved</source>
      <translation>Nom de l'entrepôt enregistré</translation>
    </message>
    <message>
      <source>Change the scanner, printer, label and time settings</source>
      <translation>Modifier les réglages du scanner, des imprimantes, des étiquettes et de l'heure</translation>
    </message>
    <message>
      <source>&amp;Language:</source>
      <translation>&amp;Langue :</translation>
    </message>
    <message>
      <source>&amp;Sounds:</source>
      <translation>&amp;Sons :</translation>
    </message>
    <message>
      <source>Label &amp;format for new boxes:</source>
      <translation>&amp;Format d'étiquette des nouveaux cartons :</translation>
    </message>
    <message>
      <source>&amp;Warehouse name (all benches):</source>
      <translation>Nom de l'&amp;entrepôt (tous les postes) :</translation>
    </message>
    <message>
      <source>&amp;Primary label language:</source>
      <translation>Langue &amp;principale des étiquettes :</translation>
    </message>
    <message>
      <source>Second label la&amp;nguage:</source>
      <translation>Deu&amp;xième langue des étiquettes :</translation>
    </message>
    <message>
      <source>Warehouse &amp;time zone:</source>
      <translation>F&amp;useau horaire de l'entrepôt :</translation>
    </message>
    <message>
      <source>Longest pause inside a scan:</source>
      <translation>Pause maximale dans un scan :</translation>
    </message>
    <message>
      <source>Shortest scan (characters):</source>
      <translation>Scan le plus court (caractères) :</translation>
    </message>
    <message>
      <source>Prefix character (optional):</source>
      <translation>Caractère de préfixe (facultatif) :</translation>
    </message>
    <message>
      <source>Suffix character (optional):</source>
      <translation>Caractère de suffixe (facultatif) :</translation>
    </message>
    <message>
      <source>This computer's ({zone})</source>
      <translation>Celui de cet ordinateur ({zone})</translation>
    </message>
    <message>
      <source>“{zone}” is not a time zone. Choose one from the list, e.g. Europe/Paris.</source>
      <translation>« {zone} » n'est pas un fuseau horaire. Choisissez-en un dans la liste, par exemple Europe/Paris.</translation>
    </message>
  </context>
  <context>
    <name>StockView</name>
    <message>
      <source>&amp;Search:</source>
      <translation>&amp;Chercher :</translation>
    </message>
    <message>
      <source>box code, category or note</source>
      <translation>code carton, catégorie ou note</translation>
    </message>
    <message>
      <source>Any expiry</source>
      <translation>Toute péremption</translation>
    </message>
    <message>
      <source>Expired</source>
      <translation>Périmés</translation>
    </message>
    <message>
      <source>All categories</source>
      <translation>Toutes les catégories</translation>
    </message>
    <message>
      <source>All sizes</source>
      <translation>Toutes les tailles</translation>
    </message>
    <message>
      <source>All states</source>
      <translation>Tous les états</translation>
    </message>
    <message>
      <source>All locations</source>
      <translation>Tous les emplacements</translation>
    </message>
    <message>
      <source>Box</source>
      <translation>Carton</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Catégorie</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Taille</translation>
    </message>
    <message>
      <source>For</source>
      <translation>Pour</translation>
    </message>
    <message>
      <source>Items</source>
      <translation>Articles</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>Emplacement</translation>
    </message>
    <message>
      <source>State</source>
      <translation>État</translation>
    </message>
    <message>
      <source>Van load</source>
      <translation>Chargement</translation>
    </message>
    <message>
      <source>Packed</source>
      <translation>Emballé</translation>
    </message>
    <message>
      <source>Last change</source>
      <translation>Dernière modification</translation>
    </message>
    <message>
      <source>Expires</source>
      <translation>Péremption</translation>
    </message>
    <message>
      <source>{count} boxes</source>
      <translation>{count} cartons</translation>
    </message>
    <message>
      <source>Expiring within {days} days</source>
      <translation>Périment d'ici {days} jours</translation>
    </message>
  </context>
  <context>
    <name>VanLoads</name>
    <message>
      <source>Van load</source>
      <translation>Chargement</translation>
    </message>
    <message>
      <source>Destination</source>
      <translation>Destination</translation>
    </message>
    <message>
      <source>State</source>
      <translation>État</translation>
    </message>
    <message>
      <source>Boxes</source>
      <translation>Cartons</translation>
    </message>
    <message>
      <source>Created</source>
      <translation>Créé</translation>
    </message>
    <message>
      <source>Dispatched</source>
      <translation>Parti</translation>
    </message>
    <message>
      <source>Box</source>
      <translation>Carton</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Catégorie</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Taille</translation>
    </message>
    <message>
      <source>Items</source>
      <translation>Articles</translation>
    </message>
    <message>
      <source>Dispatch van load</source>
      <translation>Expédier le chargement</translation>
    </message>
    <message>
      <source>Not yet</source>
      <translation>Pas encore</translation>
    </message>
    <message>
      <source>&amp;Destination:</source>
      <translation>&amp;Destination :</translation>
    </message>
    <message>
      <source>Driver / &amp;notes:</source>
      <translation>Chauffeur / &amp;notes :</translation>
    </message>
    <message>
      <source>&amp;Create load and start loading</source>
      <translation>&amp;Créer le chargement et commencer</translation>
    </message>
    <message>
      <source>D&amp;ispatch selected load…</source>
      <translation>E&amp;xpédier le chargement choisi…</translation>
    </message>
    <message>
      <source>&amp;Reopen dispatched load (coordinator)…</source>
      <translation>&amp;Rouvrir le chargement expédié (coordinateur)…</translation>
    </message>
    <message>
      <source>Open &amp;manifest</source>
      <translation>Ouvrir le &amp;manifeste</translation>
    </message>
    <message>
      <source>Type where the van goes first</source>
      <translation>Tapez d'abord où va le camion</translation>
    </message>
    <message>
      <source>Choose the van load to dispatch first</source>
      <translation>Choisissez d'abord le chargement à expédier</translation>
    </message>
    <message>
      <source>The manifest cannot be made on this computer</source>
      <translation>Le manifeste ne peut pas être créé sur cet ordinateur</translation>
    </message>
    <message>
      <source>Dispatch van load {code} to {destination}?</source>
      <translation>Expédier le chargement {code} pour {destination} ?</translation>
    </message>
    <message>
      <source>{boxes}, {items}. They leave the stock.</source>
      <translation>{boxes}, {items}. Ils sortent du stock.</translation>
    </message>
    <message>
      <source>Dispatch {code}</source>
      <translation>Expédier {code}</translation>
    </message>
    <message>
      <source>Reopen van load {code}: its boxes come back as loading</source>
      <translation>Rouvrir le chargement {code} : ses cartons reviennent en chargement</translation>
    </message>
    <message>
      <source>Manifest saved to {path}</source>
      <translation>Manifeste enregistré dans {path}</translation>
    </message>
  </context>
  <context>
    <name>Volunteers</name>
    <message>
      <source>coordinator</source>
      <translation>coordinateur</translation>
    </message>
    <message>
      <source>volunteer</source>
      <translation>bénévole</translation>
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
      <source>Card</source>
      <translation>Carte</translation>
    </message>
    <message>
      <source>Card works</source>
      <translation>Carte valable</translation>
    </message>
    <message>
      <source>The volunteers page is for coordinators</source>
      <translation>La page des bénévoles est réservée aux coordinateurs</translation>
    </message>
    <message>
      <source>Adding volunteers, printing their cards and naming coordinators need a PIN.</source>
      <translation>Ajouter des bénévoles, imprimer leurs cartes et nommer des coordinateurs demandent un code PIN.</translation>
    </message>
    <message>
      <source>&amp;Open with the coordinator PIN…</source>
      <translation>&amp;Ouvrir avec le code PIN coordinateur…</translation>
    </message>
    <message>
      <source>New volunteer's &amp;name:</source>
      <translation>&amp;Nom du nouveau bénévole :</translation>
    </message>
    <message>
      <source>first name, as on their card</source>
      <translation>prénom, comme sur sa carte</translation>
    </message>
    <message>
      <source>&amp;Add volunteer</source>
      <translation>&amp;Ajouter le bénévole</translation>
    </message>
    <message>
      <source>Make &amp;coordinator…</source>
      <translation>Nommer &amp;coordinateur…</translation>
    </message>
    <message>
      <source>Make plain &amp;volunteer</source>
      <translation>Redevenir simple &amp;bénévole</translation>
    </message>
    <message>
      <source>Card &amp;works / stop card</source>
      <translation>Carte &amp;valable / arrêter la carte</translation>
    </message>
    <message>
      <source>&amp;Print selected cards</source>
      <translation>&amp;Imprimer les cartes choisies</translation>
    </message>
    <message>
      <source>Print a&amp;ll cards</source>
      <translation>Imprimer &amp;toutes les cartes</translation>
    </message>
    <message>
      <source>Every bench forgets its location, van load and count after no scan for:</source>
      <translation>Chaque poste oublie son emplacement, son chargement et son inventaire après aucun scan pendant :</translation>
    </message>
    <message>
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Enregistrer</translation>
    </message>
    <message>
      <source>{name} can sign in with the card {card}</source>
      <translation>{name} peut se connecter avec la carte {card}</translation>
    </message>
    <message>
      <source>{name} is a coordinator</source>
      <translation>{name} est coordinateur</translation>
    </message>
    <message>
      <source>{name} is a volunteer (no PIN)</source>
      <translation>{name} est bénévole (sans code PIN)</translation>
    </message>
    <message>
      <source>{name}'s card works again</source>
      <translation>La carte de {name} est de nouveau valable</translation>
    </message>
    <message>
      <source>{name}'s card stopped</source>
      <translation>La carte de {name} est arrêtée</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>oui</translation>
    </message>
    <message>
      <source>no: left</source>
      <translation>non : parti</translation>
    </message>
    <message>
      <source>Type the new volunteer's name first</source>
      <translation>Tapez d'abord le nom du nouveau bénévole</translation>
    </message>
    <message>
      <source>Choose one volunteer in the list first</source>
      <translation>Choisissez d'abord un bénévole dans la liste</translation>
    </message>
    <message>
      <source>New coordinator</source>
      <translation>Nouveau coordinateur</translation>
    </message>
    <message>
      <source>Choose the volunteers whose cards to print</source>
      <translation>Choisissez les bénévoles dont imprimer les cartes</translation>
    </message>
    <message>
      <source>Cards cannot be printed on this computer</source>
      <translation>Les cartes ne peuvent pas être imprimées sur cet ordinateur</translation>
    </message>
    <message>
      <source>Benches clear their context after {minutes} minutes without a scan</source>
      <translation>Les postes effacent leur contexte après {minutes} minutes sans scan</translation>
    </message>
    <message>
      <source>Printing {count} cards…</source>
      <translation>Impression de {count} cartes…</translation>
    </message>
    <message>
      <source>PIN for {name} (at least 4 digits):</source>
      <translation>Code PIN de {name} (au moins 4 chiffres) :</translation>
    </message>
  </context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Add folder…</source>
        <translation>&amp;Ajouter un dossier…</translation>
    </message>
    <message>
        <source>Catalogue the photographs in a folder</source>
        <translation>Cataloguer les photographies d’un dossier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Frise chronologique</translation>
    </message>
    <message>
        <source>The photographs on a timeline</source>
        <translation>Les photographies sur une frise chronologique</translation>
    </message>
    <message>
        <source>&amp;Contact sheet</source>
        <translation>&amp;Planche contact</translation>
    </message>
    <message>
        <source>The photographs as a grid, in date order</source>
        <translation>Les photographies en grille, par date</translation>
    </message>
    <message>
        <source>&amp;Full view</source>
        <translation>Photographie en &amp;grand</translation>
    </message>
    <message>
        <source>The selected photograph at screen size</source>
        <translation>La photographie choisie à la taille de l’écran</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Agrandir</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Réduire</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>&amp;Tout voir</translation>
    </message>
    <message>
        <source>Show the whole archive</source>
        <translation>Voir toute l’archive</translation>
    </message>
    <message>
        <source>First photograph</source>
        <translation>Première photographie</translation>
    </message>
    <message>
        <source>Last photograph</source>
        <translation>Dernière photographie</translation>
    </message>
    <message>
        <source>&amp;Previous photograph</source>
        <translation>Photographie pré&amp;cédente</translation>
    </message>
    <message>
        <source>&amp;Next photograph</source>
        <translation>Photographie &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>Filters &amp;panel</source>
        <translation>Panneau des fi&amp;ltres</translation>
    </message>
    <message>
        <source>&amp;Caption panel</source>
        <translation>Panneau de légen&amp;de</translation>
    </message>
    <message>
        <source>Index &amp;problems</source>
        <translation>Problèmes d’inde&amp;xation</translation>
    </message>
    <message>
        <source>F&amp;ull screen</source>
        <translation>Plein écra&amp;n</translation>
    </message>
    <message>
        <source>Next pane</source>
        <translation>Panneau suivant</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Raccourcis &amp;clavier</translation>
    </message>
    <message>
        <source>&amp;About Photobook</source>
        <translation>À &amp;propos de Photobook</translation>
    </message>
    <message>
        <source>&amp;Edit record…</source>
        <translation>&amp;Modifier la fiche…</translation>
    </message>
    <message>
        <source>Edit the selected photograph&apos;s record</source>
        <translation>Modifier la fiche de la photographie choisie</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Tout voir</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Frise</translation>
    </message>
    <message>
        <source>Contact sheet</source>
        <translation>Planche contact</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Ajouter un dossier…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Recherche</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
</context>
<context>
    <name>BatchBar</name>
    <message>
        <source>Status: unchanged</source>
        <translation>Statut : inchangé</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut : %1</translation>
    </message>
    <message>
        <source>Theme…</source>
        <translation>Thème…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Apply to all</source>
        <translation>Appliquer à toutes</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Relu</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message numerus="yes">
        <source>%n photograph(s) selected</source>
        <translation>
            <numerusform>%n photographie choisie</numerusform>
            <numerusform>%n photographies choisies</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Rien à changer.</translation>
    </message>
    <message numerus="yes">
        <source>%n photograph(s) will change: </source>
        <translation>
            <numerusform>%n photographie changera : </numerusform>
            <numerusform>%n photographies changeront : </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaptionPanel</name>
    <message>
        <source>Reign</source>
        <translation>Règne</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Photographer</source>
        <translation>Photographe</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <source>Plate / page</source>
        <translation>Planche / page</translation>
    </message>
    <message>
        <source>Select a photograph on the timeline</source>
        <translation>Choisissez une photographie sur la frise</translation>
    </message>
    <message>
        <source>The archive is empty.
“Add folder…” (Ctrl+O) catalogues a folder of photographs.</source>
        <translation>L’archive est vide.
« Ajouter un dossier… » (Ctrl+O) catalogue un dossier de photographies.</translation>
    </message>
    <message>
        <source>No photograph matches these filters.</source>
        <translation>Aucune photographie ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>No caption in this language yet: shown in another language</source>
        <translation>Pas encore de légende dans cette langue : affichée dans une autre langue</translation>
    </message>
    <message>
        <source>hidden by the filters</source>
        <translation>hors filtre</translation>
    </message>
    <message>
        <source>The filters hide this photograph: it is not among the results.</source>
        <translation>Les filtres masquent cette photographie : elle n’est pas parmi les résultats.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
</context>
<context>
    <name>EditorPanel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Photographer</source>
        <translation>Photographe</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <source>Plate / page</source>
        <translation>Planche / page</translation>
    </message>
    <message>
        <source>Notes (internal)</source>
        <translation>Notes (internes)</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Relu</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Someone else saved this photograph meanwhile: nothing of yours was saved. Their version, and yours:</source>
        <translation>Quelqu&apos;un d&apos;autre a enregistré cette photographie entre-temps : rien de votre saisie n&apos;a été enregistré. Sa version, et la vôtre :</translation>
    </message>
    <message>
        <source>Exact day</source>
        <translation>Jour exact</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Circa</source>
        <translation>Vers</translation>
    </message>
    <message>
        <source>Decade</source>
        <translation>Décennie</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervalle</translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>Non daté</translation>
    </message>
    <message>
        <source>Quick picks (Alt+Down)</source>
        <translation>Choix rapides (Alt+Bas)</translation>
    </message>
    <message>
        <source>All themes (Alt+Down)</source>
        <translation>Tous les thèmes (Alt+Bas)</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Garder la sienne</translation>
    </message>
    <message>
        <source>Use mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <source>1985, vers 1985, juin 1985, années 80, 1984/1986…</source>
        <translation>1985, vers 1985, juin 1985, années 80, 1984/1986…</translation>
    </message>
    <message>
        <source>Add a theme…</source>
        <translation>Ajouter un thème…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>No theme called “%1”</source>
        <translation>Aucun thème « %1 »</translation>
    </message>
    <message>
        <source>Themes %1</source>
        <translation>Thèmes %1</translation>
    </message>
    <message>
        <source>Remove this theme</source>
        <translation>Retirer ce thème</translation>
    </message>
    <message>
        <source>Select a photograph to edit its record</source>
        <translation>Choisissez une photographie pour modifier sa fiche</translation>
    </message>
    <message>
        <source>Digitised %1</source>
        <translation>Numérisée le %1</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>Révision %1</translation>
    </message>
    <message>
        <source>No change recorded yet.</source>
        <translation>Aucune modification pour l&apos;instant.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Someone else saved this photograph meanwhile: nothing was saved.</source>
        <translation>Quelqu&apos;un d&apos;autre a enregistré cette photographie entre-temps : rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Sa version</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>La mienne</translation>
    </message>
    <message>
        <source>Use my version</source>
        <translation>Garder ma version</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Captions, places, people…</source>
        <translation>Légendes, lieux, personnes…</translation>
    </message>
    <message>
        <source>Reign</source>
        <translation>Règne</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Années</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Relu</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>From this year</source>
        <translation>À partir de cette année</translation>
    </message>
    <message>
        <source>Up to this year</source>
        <translation>Jusqu’à cette année</translation>
    </message>
    <message numerus="yes">
        <source>%Ln photograph(s)</source>
        <translation>
            <numerusform>%Ln photographie</numerusform>
            <numerusform>%Ln photographies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FullView</name>
    <message>
        <source>Esc: back · +/−: zoom · drag: move</source>
        <translation>Échap : retour · +/− : zoom · glisser : déplacer</translation>
    </message>
</context>
<context>
    <name>IndexProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Looking for photographs</source>
        <translation>Recherche des photographies</translation>
    </message>
    <message>
        <source>Reading photographs</source>
        <translation>Lecture des photographies</translation>
    </message>
    <message>
        <source>Making thumbnails</source>
        <translation>Création des vignettes</translation>
    </message>
    <message>
        <source>%1 files/s</source>
        <translation>%1 fichiers/s</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Indexing is already running.</source>
        <translation>Une indexation est déjà en cours.</translation>
    </message>
    <message>
        <source>Add a folder of photographs</source>
        <translation>Ajouter un dossier de photographies</translation>
    </message>
    <message>
        <source>Opening the demo archive</source>
        <translation>Ouverture de l’archive de démonstration</translation>
    </message>
    <message>
        <source>Adding photographs</source>
        <translation>Ajout de photographies</translation>
    </message>
    <message numerus="yes">
        <source>Indexing cancelled: %n photograph(s) catalogued before stopping.</source>
        <translation>
            <numerusform>Indexation annulée : %n photographie cataloguée avant l’arrêt.</numerusform>
            <numerusform>Indexation annulée : %n photographies cataloguées avant l’arrêt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new photograph(s) catalogued.</source>
        <translation>
            <numerusform>%n nouvelle photographie cataloguée.</numerusform>
            <numerusform>%n nouvelles photographies cataloguées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read: see Index problems.</source>
        <translation>
            <numerusform>%n fichier n’a pas pu être lu : voir Problèmes d’indexation.</numerusform>
            <numerusform>%n fichiers n’ont pas pu être lus : voir Problèmes d’indexation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Indexing failed</source>
        <translation>L’indexation a échoué</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Photobook — %1</source>
        <translation>Photobook — %1</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>About Photobook</source>
        <translation>À propos de Photobook</translation>
    </message>
    <message>
        <source>Photobook: the archive of a book on Morocco&apos;s economic transformation, browsed through time, with captions in French, Arabic and English.</source>
        <translation>Photobook : l’archive d’un livre sur la transformation économique du Maroc, parcourue dans le temps, avec des légendes en français, en arabe et en anglais.</translation>
    </message>
</context>
<context>
    <name>ProblemsDock</name>
    <message>
        <source>Index problems</source>
        <translation>Problèmes d’indexation</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>No problems: every file found was catalogued.</source>
        <translation>Aucun problème : tous les fichiers trouvés ont été catalogués.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be catalogued</source>
        <translation>
            <numerusform>%n fichier n’a pas pu être catalogué</numerusform>
            <numerusform>%n fichiers n’ont pas pu être catalogués</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Vu le</translation>
    </message>
</context>
<context>
    <name>ThemeTreeModel</name>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Photographies</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>No photographs</source>
        <translation>Aucune photographie</translation>
    </message>
    <message numerus="yes">
        <source>%Ln photograph(s)</source>
        <translation>
            <numerusform>%Ln photographie</numerusform>
            <numerusform>%Ln photographies</numerusform>
        </translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>Non daté</translation>
    </message>
    <message>
        <source>since %1</source>
        <comment>a day: depuis le 23 juillet 1999</comment>
        <translation>depuis le %1</translation>
    </message>
    <message>
        <source>since %1</source>
        <comment>a year: depuis 1999</comment>
        <translation>depuis %1</translation>
    </message>
    <message numerus="yes">
        <source>+ %Ln more loosely dated</source>
        <translation>
            <numerusform>+ %Ln à la date plus large</numerusform>
            <numerusform>+ %Ln aux dates plus larges</numerusform>
        </translation>
    </message>
</context>
</TS>

"""The words that say a value is harmless, in the six languages the greeting speaks (en es fr de it pt).

Default-deny removes what nothing names harmless, so these are what keep an order, a booking, a phone
number, a plate, a model, a quantity: whole words, case-blind, one tuple entry per language. The
nearest cue before a value decides (``sensitive_words.Cues``); two kinds of harmless words also need
the value to fit them: a phone word protects a number long enough to be one (a six-digit code read off
"my phone" is a one-time code), a card's ending protects its last digits, never a full number said
after it ("account ending, well, the full thing is 30 2281 7746").
"""

from __future__ import annotations

# A phone word says a number is a phone number, unless it says the channel ("by phone", "por telefone":
# "the code for banking by phone is 516 082").
_NOT_THE_CHANNEL = r"(?<!by )(?<!via )(?<!por )(?<!par )(?<!per )(?<!pelo )(?<!am )(?<!on the )(?<!over the )"
PHONE_CUES = (
    rf"{_NOT_THE_CHANNEL}(?:phone|mobile|cell|cel|fax|landline|teléfono|móvil|fijo|téléphone|portable|"
    r"fixe|tel|tél|telf|tlf|telefon|handy|festnetz(?:nummer)?|telefono|cellulare|fisso|telefone|telemóvel|fixo)",
)
# The fewest digits a phone word protects: a national number without its area code has seven.
MIN_PHONE_DIGITS = 7
# A card's or an account's last digits, said as such ("ending 4417", "qui finit par 9075"); more
# digits than this after them are the full number, not its ending.
TAIL_CUES = (
    r"ending(?: in| with)?|ends(?: in| with)?|last (?:four|4|two|2)(?: digits| numbers)?|last digits",
    # with the word for digits, which alone would be a weak secret's cue ("los últimos cuatro dígitos")
    r"terminada en|acabada en|termina en|acaba en|últimos (?:cuatro|dígitos)(?: dígitos| números)?|"
    r"últimas (?:cuatro )?cifras",
    r"se terminant par|finissant par|se termine (?:par|en)|(?:qui )?(?:se )?finit (?:par|en)|termine par|"
    r"quatre derniers(?: chiffres| numéros)?|derniers chiffres",
    r"endziffern|endung|endet (?:mit|auf)|endend auf|letzten (?:vier|ziffern)(?: ziffern| zahlen| stellen)?",
    r"che finisce (?:con|per)|finisce (?:con|per)|termina (?:con|per)|ultime (?:quattro|cifre)(?: cifre)?|"
    r"ultimi quattro(?: numeri)?",
    r"terminado em|termina em|acaba em|últimos (?:quatro|dígitos)(?: dígitos| números)?|com final|de final|"
    r"(?:cartão|conta|cartões) final",
)
MAX_TAIL_DIGITS = 4
# Said after a value, the verb of a card's ending ("die Karte, die auf 9060 endet").
TAIL_AFTER = r"endet|finit|termine|termina|finisce|acaba"
# Acronyms that are ordinary words in lower case: trains ("le TGV 6129", "ICE 578"), a return's
# authorisation ("RMA 88-20417").
# An electricity or gas supply point's code, which the bill prints ("il codice POD", "le PRM", "el CUPS",
# "MPAN"); an appliance's factory codes ("E-Nr", "FD").
CAPITAL_HARMLESS_CUES = r"TGV|ICE|AVE|TER|RER|IC|EC|RMA|POD|PDR|CUPS|PRM|PDL|MPAN|MPRN|CPE|FD|E-Nr"
HARMLESS_CUES = (
    # not a gift card: its number and PIN spend its balance, whoever says them
    r"(?:insurance|loyalty|library|membership|member|rewards|club|frequent flyer|health insurance|"
    r"store|points) card|(?:reference|booking|reservation|discount|promo) codes?|"
    r"order numbers?|orders?|prescription(?: number)?|repeat prescription|complaint|train|"
    r"(?:which|what) (?:car|vehicle)|car model|"
    r"(?:registration|number|licen[cs]e) plate|plate(?: number)?|registration(?: number)?|reg|"
    r"reference|ref|booking|reservation|confirmation number|tracking|itinerary|statement(?: number)?|"
    r"return authori[sz]ation|parcel|package|shipment|consignment|"
    r"invoice|receipt|ticket|flight|room|classroom|table|extension|ext|call(?! ?box)|dial|reach me|postcode|"
    r"post code|zip(?: code)?|postal code|p\.? ?o\.? box|area code|country code|dial(?:ling)? code|"
    r"customer number|"
    r"member(?:ship)?(?: id| number)?|loyalty|case|claim|policy|appointment|(?:discount|promo|"
    r"promotional|coupon|voucher|gift|referral|product|error|qr|bar|dress|reference|booking|"
    r"tracking) codes?|(?:boarding|departure|departing|arrival) gate|gate (?:number|change)|(?:at|from) gate|"
    r"rewards(?: number)?|frequent flyer(?: number)?|honou?rs|bonvoy|avios|skymiles|aadvantage|clubcard|"
    r"nectar|payback|building|called|named|deposit|budget|rent|fee|fare|salary|bus|coach|tram|route|"
    # a page, an episode: only just before its number ("page 12", not "the number on the photo page is …")
    r"error|isbn|quoted?|estimate|turned|aged|bill|score[sd]?|(?:episode|chapter|page|season)(?=\s+\d)|product|paid|"
    r"costs?|charged|excess|deductible|(?:date of )?birth(?: date)?|dob|"
    r"blood pressure|pulse|"
    r"heart rate|temperature|weight|height|cholesterol|glucose|blood sugar|employee|staff|student|"
    r"patient|vin|chassis|(?:account |relationship )?manager|gestor|gerente|conseill(?:er|ère)|"
    r"berater(?:in)?|responsabile|"
    r"check number|cheque number|meter(?: reading)?|gas|electric(?:ity)?|water|"
    r"apartment|apt|suite|unit|street|floor|exp|expires?|expiry|expiration|"
    # a flat's or a staircase's number in an address: "Stiege 2, 1070 Wien", "interno 7, 50123 Firenze"
    r"stiege|wohnung|interno|scala|escalera|appartement|escalier|bâtiment|bloco|"
    # a place of one's own numbered by the business, and a player's rating: "locker 112", "emplacement
    # 31", "parking stall 118", "a CFC rating, sixteen fifty"
    r"lockers?|casier|taquilla|armadietto|spind|pitch|emplacement|stalls?|berth|parking (?:space|spot)|"
    r"ratings?|"
    r"valid (?:until|thru|through)|platform|seat|size|model|serial(?: number)?|part (?:number|no)|"
    r"sn|s/n|service tag|e-nr|e number|version|"
    r"price|total|euros?|"
    r"dollars?|pounds(?! key| sign)|francs?|dose|mg|milligrams?|iu|tablets?|pills?|year|born|birthday|yen|km|"
    r"kilomet(?:er|re)s?|miles?|grams?|kg|kilos?|minutes?|hours?|people|times|gigs?|gigabytes?|terabytes?|"
    r"(?:door|house|street|building|apartment) number|code of conduct|(?:customer|client) code|"
    r"pin pad|card reader|card machine|(?:send|sent) (?:an? |the )?(?:sms|text)(?: message)? to|"
    r"text me|sms me|message me|whatsapp|(?:sms|text) (?:alerts?|reminders?|notifications?|updates)|"
    r"alerts? (?:number|to)|alertas (?:por )?sms|alertes? sms|sms-benachrichtigung(?:en)?|avvisi sms|"
    r"notifiche sms|user ?name|user id|login name|item(?: number)?|sku|catalogue number|"
    # "login is jmarsh77 and the password is ...", "utente grossi77 e la password": the user's name
    r"(?:log-?in|utente|usuario|utilizador|benutzer)"
    r"(?=(?:\s+(?:is|es|è|é|ist))?\s+\S+\s+(?:and|y|e|und|et|,)\s+(?:(?:the|my|la|el|a|das|mon|le|mi|il)\s+)?"
    r"(?:password|contraseña|senha|passwort|kennwort|mot de passe))|"
    # a Wi-Fi network's name (its key is a password: "the Wi-Fi password is ..." still goes)
    r"ssid|network name|wi-?fi name|name of the (?:wi-?fi|network)|"
    # carriers and trains by name ("the FedEx one is ...", "sono sul Frecciarossa 9517"), a total
    r"waybill|fedex|dhl|ups|usps|royal mail|evri|chronopost|colissimo|hermes|dpd|gls|correos|seur|ctt|"
    r"frecciarossa|italo|alvia|alfa pendular|eurostar|thalys|intercity|amtrak|renfe|ouigo|avlo|iryo|"
    # and flights by their airline ("Delta 1182"; a word that is also something else only before digits)
    r"(?:delta|united|american|southwest|alaska|spirit|frontier)(?=\s+\d)|jetblue|british airways|"
    r"ryanair|easyjet|lufthansa|iberia|air france|klm|aer lingus|vueling|air europa|ita airways|jet2|"
    r"wizz ?air|air canada|westjet|emirates|qatar airways|"
    r"came to|comes to|"
    # a value said roughly is never a secret, which is exact ("expecting about nine hundred")
    r"about|around|roughly|approximately|nearly|almost|more than|less than|at least",
    r"pedido|receta|reclamación|queja|tren|nombre de (?:la )?red|la red se llama|"
    r"(?:número de )?bastidor|"
    r"tarjeta (?:de )?(?:fidelidad|puntos|socio|cliente)|"
    r"apartamento|qué (?:coche|vehículo)|matrícula|lectura|itinerario|extracto|envío|envio|"
    r"paquete|"
    r"referencia|reserva|factura|vuelo|habitación|aula|celular|código postal|billete|(?:número de )?serie|"
    r"código (?:de descuento|promocional|del producto|de reserva|de seguimiento|de error|de cliente|"
    r"de referencia|de la reserva|del pedido)|número de cliente|seguimiento|expediente|póliza|cita|"
    r"calle|avenida|plaza|calzada|carrera|camino|carretera|ronda|paseo|travesía|glorieta|"
    r"piso|vence|caduca|modelo|edificio|contador|llamad[oa]|fianza|depósito|"
    r"presupuesto|alquiler|(?:episodio|capítulo|página|temporada)(?=\s+\d)|gas|luz|agua|electricidad|autobús|línea|"
    r"error|producto|pagué|pagado|cobraron|cobró|franquicia|"
    r"fecha de nacimiento|"
    r"tensión|presión|temperatura|peso|altura|empleado|estudiante|paciente|socio|"
    r"caducidad|precio|miligramos|comprimidos|nacido|nacida|gramos|minutos|horas|personas|veces|"
    r"llámame|llamame|llámeme|llameme|márqueme|marqueme|márcame|marcame|localizador|"
    r"número de (?:la )?(?:casa|calle|puerta)|código (?:del|de) cliente|"
    r"(?:nombre de )?usuario|incidencia|siniestro|placa|unos|unas|cerca de|alrededor de|aproximadamente|casi|"
    r"más de|menos de",
    r"commande|train|quel véhicule|quelle voiture|plaque|immatriculation|relevé|compteur|itinéraire|"
    r"référence|réservation|facture|vol|chambre|salle|code postal|colis|envoi|billet|(?:numéro de )?série|"
    r"code (?:promo|de réduction|de réservation|client|de suivi|d['\u2019]erreur|produit|de parrainage)|"
    r"bon de réduction|bon d['\u2019]achat|"
    r"numéro client|suivi|dossier|contrat|sinistre|rendez-vous|rdv|modèle|bâtiment|appelée?|nommée?|"
    r"caution|acompte|"
    r"loyer|devis|(?:épisode|chapitre|saison)(?=\s+\d)|gaz|électricité|eau|bus|ligne|erreur|produit|payé|"
    r"date de naissance|tension|température|"
    r"poids|"
    r"taille|"
    r"employé|étudiant|patient|adhérent|sociétaire|"
    r"rue|ordonnance|réclamation|plainte|nom du réseau|le réseau s['\u2019]appelle|"
    r"avenue|boulevard|place|chemin|allée|impasse|quai|route|"
    r"(?:numéro de )?châssis|"
    r"carte (?:de fidélité|de membre|client|d['\u2019]adhérent)|"
    r"étage|expire|prix|comprimés|née?(?= (?:le|en|à|au)\b)|grammes|heures|"
    r"personnes|fois|appelez-moi(?: au)?|rappelez-moi(?: au)?|me joindre au|identifiant|"
    r"nom d['\u2019]utilisateur|environ|à peu près|presque|près de|plus de|moins de",
    r"bestellung|rezept(?:nummer)?|beschwerde|aktenzeichen|zug|netzwerkname|(?:netz|wlan) heißt|"
    r"kundenkarte|welches (?:auto|fahrzeug)|"
    r"welcher wagen|kennzeichen|"
    r"zählerstand|kontoauszug|"
    r"bestellnummer|referenz|buchung|buchungscode|rechnung|flug|zimmer|raum|paket|sendung|fahrkarte|"
    r"postleitzahl|plz|kundennummer|sendungsnummer|(?:buchungs|bestell|rechnungs|versicherungs\w*|sendungs|"
    r"vertrags|auftrags|fahrgestell|vorgangs|schadens?|ticket|mitglieds|flug|zimmer|tisch|platz|sitz|zähler|serien|modell|kunden|reservierungs|termin|"
    r"paket|police)nummer|versicherungsschein(?:-?nummer)?|e-nummer|modell|police|gebäude|zähler|heißt|genannt|kaution|anzahlung|miete|linie|"
    r"fehler|angebot|(?:folge|kapitel|seite|staffel)(?=\s+\d)|kostenvoranschlag|gas|strom|wasser|produkt|bezahlt|"
    r"kostet|gekostet|geburtsdatum|"
    r"blutdruck|puls|temperatur|"
    r"gewicht|größe|"
    r"mitarbeiter|student|patient|reservierung\w*|personalnummer|"
    r"vorgang|vertrag|"
    r"rabattcode|gutscheincode|aktionscode|fehlercode|produktcode|vorwahl|\w+straße|"
    r"\w+strasse|straße|strasse|\w+weg|\w+platz|\w+allee|stock|läuft|ablauf|preis|tabletten|geboren|"
    r"gramm|kilometer|stunden|uhr|personen|mal|hausnummer|kundencode|ruf mich an|rufen sie mich an|"
    r"benutzername|benutzerkennung|anmeldename|fast|etwa|ungefähr|rund|circa|knapp|mehr als|weniger als",
    r"ordine|treno|quale (?:auto|macchina|veicolo)|targa|lettura|estratto conto|pacco|biglietto|"
    r"riferimento|prenotazione|fattura|volo|camera|aula|cap|codice cliente|(?:numero di )?serie|modello|"
    r"codice (?:sconto|promozionale|postale|di prenotazione|della prenotazione|dell['\u2019]ordine|"
    r"di errore|prodotto|di avviamento postale|di tracciamento|di spedizione)|pratica|contratto|"
    r"polizza|tracciamento|spedizione|itinerario|appuntamento|palazzo|contatore|chiamat[oa]|caparra|deposito|"
    r"affitto|preventivo|(?:capitolo|pagina|stagione)(?=\s+\d)|gas|luce|acqua|elettricità|autobus|linea|errore|"
    r"prodotto|pagato|costa|"
    r"data di nascita|"
    r"pressione|"
    r"temperatura|peso|altezza|dipendente|studente|paziente|socio|tessera|matricola|"
    r"ricetta|reclamo|codice articolo|nome della rete|la rete si chiama|"
    r"via|viale|piazza|corso|vicolo|strada|(?:numero di )?telaio|"
    r"carta fedeltà|"
    r"piano|scade|scadenza|prezzo|"
    r"compresse|nato|nata|grammi|ore|minuti|persone|volte|numero civico|chiamami|richiamami|"
    r"mi (?:ri)?chiami|(?:ri)?chiamatemi|nome utente|username|sinistro|raccomandata|stanza|pratica|targa|"
    r"circa|quasi|più o meno|intorno a|più di|meno di",
    r"encomenda|registo|comboio|(?:que|qual) (?:carro|veículo)|trem|matrícula|leitura|itinerário|extrato|"
    r"referência|fatura|voo|quarto|sala|celular|cep|número de cliente|pacote|bilhete|(?:número de )?série|"
    r"código (?:de desconto|promocional|postal|de reserva|de rastreio|de rastreamento|de erro|"
    r"do produto|de cliente|da encomenda|do pedido)|rastreamento|rastreio|contrato|modelo|"
    r"apólice|seguimento|prédio|marcação|consulta|contador|chamad[oa]|caução|orçamento|renda|aluguel|ônibus|autocarro|"
    r"linha|(?:episódio|capítulo|página)(?=\s+\d)|gás|água|eletricidade|luz|erro|produto|paguei|custa|custou|cobraram|cobrou|franquia|"
    r"data de nascimento|pressão|"
    r"temperatura|peso|"
    r"altura|funcionário|estudante|paciente|sócio|processo|senha (?:da fila|de atendimento|de espera)|"
    r"receita|reclamação|nome da rede|a rede (?:é|chama-se|se chama)|"
    r"rua|avenida|praça|travessa|estrada|alameda|rodovia|chassi|"
    r"cartão (?:de )?(?:cliente|fidelidade|fidelização|sócio)|"
    r"andar|validade|válido até|preço|comprimidos|"
    r"nascido|nascida|gramas|horas|pessoas|vezes|ligue-me|liga-me|liguem-me|número da (?:casa|porta)|"
    r"código (?:do|de) cliente|(?:nome de )?(?:usuário|utilizador)|apartamento|nota fiscal|protocolo|"
    r"sinistro|placa|chamado|cerca de|uns|umas|quase|mais ou menos|aproximadamente|por volta de|mais de|"
    r"menos de",
)
# A rate, a count or a unit, said after an amount ("one fifty a night", "900 al mes", "250 units",
# "1000 Milligramm"): only after, since "la noche" or "days" before a value says nothing of it.
RATE_AFTER = (
    r"(?:a|an|per|each|por|la|al|cada|par|le|pro|die|im|am|alla|à|ao) (?:night|day|week|month|year|"
    r"hour|person|noche|día|semana|mes|año|hora|persona|nuit|jour|semaine|mois|an|heure|personne|nacht|"
    r"tag|woche|monat|jahr|stunde|notte|giorno|settimana|mese|anno|ora|noite|dia|mês|ano|pessoa)|"
    r"units?|items?|pieces?|boxes|copies|bottles|packs?|pages|days|weeks|months|years|nights|degrees|"
    r"percent|stars|points|vintage|model|edition|steps|seats|places|plätze|posti|lugares|assentos|"
    r"kilomet(?:er|re)s|kilómetros|quilómetros|quilômetros|kilomètres|chilometri|centimet(?:er|re)s|"
    r"centímetros|centimètres|zentimeter|centimetri|pasos|schritte|passi|passos|members|guests|employees|"
    r"students|visitors|customers|residents|miembros|"
    r"invitados|empleados|membres|invités|employés|mitglieder|gäste|mitarbeiter|membri|ospiti|"
    r"dipendenti|membros|convidados|funcionários|sheets|reams|rolls|labels|envelopes|lit(?:er|re)s?|"
    r"gallons|ounces|count|"
    r"micrograms?|mcg|ml|feet|foot|inch(?:es)?|square (?:feet|foot|met(?:er|re)s)|sq ft|met(?:er|re)s|"
    r"metros(?: cuadrados| quadrados)?|mètres(?: carrés)?|quadratmeter|metri(?: quadri)?|"
    r"unidades|cajas|días|semanas|meses|años|noches|grados|por ciento|hojas|"
    r"litros|miligramos|microgramos|unités|feuilles|litres|milligrammes|microgrammes|"
    r"boîtes|jours|semaines|mois|ans|nuits|degrés|pour cent|stück|einheiten|kartons|tage|wochen|monate|"
    r"jahre|nächte|grad|prozent|blatt|blätter|liter|milligramm|mikrogramm|unità|pezzi|scatole|giorni|"
    r"settimane|mesi|anni|notti|gradi|per cento|fogli|litri|milligrammi|microgrammi|"
    r"caixas|dias|anos|noites|graus|por cento|folhas|miligramas|microgramas"
)

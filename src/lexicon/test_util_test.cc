// Definitions of test_util.h (named *_test.cc so that only the test binary compiles it).
#include "lexicon/test_util.h"

#include "lexicon/recognizer.h"
#include "pipeline/stages.h"

namespace dateline::lexicon::testing {

const char kTestDictionary[] = R"(
country: MLI
name: Mali
alias: Republic of Mali
demonym: Malian | Malians
capital: Bamako

country: FRA
name: France
demonym: French
capital: Paris

country: BFA
name: Burkina Faso
demonym: Burkinabe | Burkinabè
capital: Ouagadougou

country: RUS
name: Russia
demonym: Russian

country: NER
name: Niger
demonym: Nigerien | Nigeriens
capital: Niamey

actor: igo.un
name: United Nations
alias: UN | U.N.
code: IGOUNO
sector: IGO
kind: igo
inter: 8

actor: igo.au
name: African Union
alias: AU
code: IGOAFRAUN
kind: igo
inter: 0

actor: mli.minusma
name: United Nations Multidimensional Integrated Stabilization Mission in Mali
alias: MINUSMA
code: IGOUNOPKO
country: MLI
sector: PKO
kind: igo
acled: MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali
inter: 8

actor: mli.jnim
name: Jama'at Nusrat al-Islam wal-Muslimin
alias: JNIM | GSIM
code: MLIREBJNM
country: MLI
sector: REB
kind: armed-group
acled: JNIM: Group for Support of Islam and Muslims
inter: 2

actor: mli.katiba-macina
name: Katiba Macina
alias: Macina Liberation Front | FLM
code: MLIREBKMC
country: MLI
kind: armed-group
inter: 2

actor: ag.aq
name: al-Qaeda
alias: al Qaida
code: IMGREBAQ0
sector: REB
kind: armed-group
inter: 2

actor: mli.tuareg
name: Tuareg
alias: Tuaregs
code: MLIETH
country: MLI
sector: ETH
kind: ethnic-group
inter: 0

actor: mli.assimi-goita
name: Assimi Goïta
alias: Assimi Goita
code: MLIMIL 2020-08-18..2021-05-24
code: MLIGOV 2021-05-24..
code: MLIELI
country: MLI
sector: GOV
kind: person
inter: 1

actor: media.afp
name: Agence France-Presse
alias: AFP
code: FRAMED
country: FRA
sector: MED
kind: media
inter: 0

actor: mli.fla
name: Front de Libération de l'Azawad
alias: FLA
code: MLIREBFLA
country: MLI
kind: armed-group
inter: 2

actor: bfa.fla
name: Front for the Liberation of Andorra
alias: FLA
code: BFAREBFLA
country: BFA
kind: armed-group
inter: 2

actor: ag.wagner
name: Wagner Group
alias: Wagner
code: RUSMILWAG
country: RUS
kind: armed-group
inter: 8

agent: ag.soldier
forms: soldier | troops | troop
code: MIL
inter: 1
acled: Military Forces of {country}
kind: state

agent: ag.army
forms: army | military | armed forces
code: MIL
inter: 1
acled: Military Forces of {country}
kind: state

agent: ag.rulers
forms: rulers | junta | military rulers | authorities | president | junta leader
code: GOV
inter: 1
acled: Government of {country}
kind: state

agent: ag.intelligence
forms: intelligence
code: SPY
inter: 1
kind: state
qualified: yes

agent: ag.gendarme
forms: gendarme | gendarmerie
code: COP
inter: 1
acled: Police Forces of {country}
kind: state

agent: ag.separatist
forms: separatist | separatist group | separatist groups
code: SEP
inter: 2
kind: armed-group

agent: ag.peacekeeper
forms: peacekeeper
code: PKO
inter: 8
igo: yes
kind: igo

agent: ag.civilian
forms: civilian | villager | people
code: CVL
inter: 7
acled: Civilians ({country})
kind: state

agent: ag.militia
forms: militia | militiamen
code: UAF
inter: 3
kind: militia

agent: militia.gandakoy
forms: Ganda Koy | Gandakoy
code: ETH
inter: 4
acled: Gandakoy Ethnic Militia ({country})
kind: militia

agent: militia.dozo
forms: Dozo | Dozos
code: ETH
inter: 4
acled: Dozo Communal Militia ({country})
kind: militia

agent: ethnic.dogon
forms: Dogon | Dogons
code: ETH
inter: 7
acled: Dogon Ethnic Group ({country})
kind: ethnic-group

discard: football
phrase: Africa Cup of Nations | World Cup
scope: story
topic: sports
)";

std::unique_ptr<Lexicon> TestLexicon() {
  Dictionaries d;
  std::vector<Diagnostic> diags;
  AddRecords(ParseRecords(kTestDictionary, "test.txt", &diags), "test.txt", &d, &diags);
  return Lexicon::Compile(std::move(d));
}

Document Annotate(const Lexicon& lx, const std::string& text, const std::string& published,
                  const std::string& country) {
  PipelineOptions options;
  auto stage = MakeTextStage(options);
  Document doc;
  doc.article.text = text;
  if (!published.empty()) doc.article.published = published;
  if (!country.empty()) doc.article.country = country;
  (*stage)->Process(doc);
  RecognizeActors(lx, doc);
  return doc;
}

}  // namespace dateline::lexicon::testing

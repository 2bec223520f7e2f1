/**
 * Passwords that appear at the top of every leaked-password ranking, English and French ones
 * alike, in lower case. Variants that only add digits or symbols at the end are caught by the check
 * itself (`password-rules.ts` strips them), so short base words ("soleil" for "soleil2026!") are
 * listed too and the list stays short.
 */
export const commonPasswords: ReadonlySet<string> = new Set(
  `
password passw0rd password1 motdepasse motdepass mot2passe azertyuiop azertyui azerty123 qwertyuiop
qwertyui qwerty123 qwertz123 aaaaaaaa abcdefgh abcd1234 abc12345 abcdef12 iloveyou jetaime
jetaimetoi 12345678 123456789 1234567890 0123456789 87654321 98765432 11111111 00000000 12341234
12121212 11223344 123123123 147258369 741852963 963852741 159753258 123454321 88888888 66666666
sunshine princess football baseball superman batman123 starwars dragonball pokemon1 spiderman
trustno1 welcome1 bienvenue letmein1 letmeinnow monkey12 master12 shadow12 michael1 jennifer
jessica1 charlie1 computer internet whatever qazwsxedc qazwsx123 1q2w3e4r 1qaz2wsx zaq12wsx
zxcvbnm1 asdfghjk asdfasdf qweasdzxc q1w2e3r4 a1b2c3d4 changeme changeit administrator admin123
adminadmin rootroot test1234 testtest password12 secret12 secretpassword loveyou1 lovelove
doudou123 chouchou loulou123 soleil123 marseille parisienne paris123 toulouse nicolas1 alexandre
anthony1 caroline camille1 julien123 thomas123 maxime123 bonjour1 bonjour123 salut123 coucou123
chocolat doudoune vacances bisounours fripouille princesse chevalier papillon marguerite
bordeaux liverpool arsenal1 chelsea1 barcelona juventus manchester mustang1 ferrari1 corvette
michelle danielle samantha jordan23 killer12 hunter12 hello123 helloworld welcome123 sunshine1
freedom1 whatever1 qwerty12 azerty12 cadence1 cadence123 socialmedia instagram facebook
linkedin1 twitter1 tiktok123 community
soleil doudou loulou bonjour coucou salut chouchou azerty qwerty qwertz abcdef admin
monkey dragon master shadow letmein welcome secret hello iloveu jetaime loveme football
`
    .split(/\s+/)
    .filter((word) => word.length > 0),
);

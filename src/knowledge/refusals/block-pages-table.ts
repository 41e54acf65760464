/**
 * Block pages of national authorities (b_…) and internet providers (c_…), as Censored Planet's measurements found
 * them injected in place of sites around the world: the signatures of censoredplanet/censoredplanet-analysis@31830c6efaa32c448810a8f6a9734bdfd61cdaf1:
 * pipeline/metadata/data/blockpage_signatures.json (Apache-2.0), each row named by its fingerprint. The network the
 * viewer is on refused, not the service (the guide's "geo or network rule" layer; another network shows it).
 *
 * Taken as they are written there and read by blockNoticeIn (src/knowledge/refusals/stated.ts): in a 403's or a
 * 451's text, in a redirect's target, and on a success only as the whole small page. Left out: the products' (a_…),
 * organisations' (d_…) and generic (e_…, f_…) signatures, which name a firewall or say only "blocked"; patterns that
 * are real regular expressions; texts under 12 characters or over 300 (two long ones by a clause of theirs, above);
 * a provider's bare home page address, which its own site links; and, after a review, texts that ordinary pages carry
 * too: internal addresses (10.10.34.x), slogans and licence lines ("Internet Sehat dan Aman", "Nepal
 * Telecommunications Authority", "TRUST POSITIF"), a regulator's own address and search box, providers' footers and
 * logos, a shareholders' notice, a generic firewall title, a company WAF's title (its vendor row names it) and
 * security filters that are no order (Telsy, a university's phishing notice).
 */
export const BLOCK_PAGES: readonly (readonly [fingerprint: string, text: string])[] = [
  // Two long notices by a distinctive clause of theirs (the whole paragraphs are over 300 characters).
  [
    'c_isp_ru_generalbp11',
    'в связи с его включением уполномоченным органом (Роскомнадзор) в Единый реестр доменных имен',
  ],
  [
    'b_nat_it_1_satellite',
    "è stato disabilitato in esecuzione di un provvedimento adottato dall'Autorità per le garanzie nelle comunicazioni",
  ],
  ['b_nat_sa_national', '<title> Blocked URL العنوان محجو'],
  ['b_nat_sa_violating_regulations', 'Sorry, the requested page is violating the regulations of'],
  ['b_nat_kr_comm', 'warning.or.kr'],
  ['b_nat_kr_comm_3', 'or.kr/i2.html'],
  ['b_nat_pak_isp_common_blockpage', 'prohibited for viewership from within Pakistan'],
  ['b_nat_slovakia', 'www.overithraca.sk/webblokovany'],
  ['b_nat_id_kominfo', 'https://trustpositif.kominfo.go.id/'],
  ['b_nat_ru', 'http://graph.document.kremlin.ru/page.aspx'],
  ['b_nat_ru_rkn', 'http://blocklist.rkn.gov.ru/'],
  ['b_nat_th_illegal', 'https://illegal.mdes.go.th'],
  ['b_nat_no_fd', '<title>Forsvarsdepartementets retningslinjer - Svartelistet applikasjon</title>'],
  [
    'c_isp_lb_general',
    'THIS WEBSITE HAS BEEN BLOCKED BASED ON A COURT ORDER FROM THE LEBANESE JUDICIAL SYSTEM.',
  ],
  ['c_isp_ae_etislat', 'http://proxy.etisalat.ae/'],
  [
    'c_isp_kg_elcat',
    '<p class="error">Access to the requested website has been blocked by judicial decision!</p>',
  ],
  [
    'c_isp_in_court_order',
    'The access to this site is prohibited as per instructions from Authority(s)/Honorable Court Order',
  ],
  ['c_isp_in_court_order_2', 'Access Denied as per DOT/TRAI Guidelines - By Order </H1>'],
  [
    'c_isp_ic_stef',
    'október 2015 lagði Sýslumaðurinn í Reykjavík að ósk STEF lögbann við að Hringiðan veiti viðskiptavinum sínum aðgang að þessu vefsvæði.',
  ],
  ['c_isp_in_airtel', '<iframe src="http://www.airtel.in/dot/"'],
  ['c_isp_kw_zain', '<iframe src="http://restrict.kw.zain.com:8080/webadmin/deny/index.php?'],
  // Not Censored Planet's: an Indian provider's Netsweeper deny host, framed on HTTP 200 ("<iframe src=\"https://
  // 182.79.218.34:8080/webadmin/deny/index.php?dpid=15&dpruleid=11&cat=107…", https://github.com/foliojs/pdfkit/issues/1299).
  // The provider's host, as Zain's above: Netsweeper's path alone is schools' and companies' filters too (review).
  ['isp_in_netsweeper_deny', '182.79.218.34:8080/webadmin/deny/'],
  ['c_isp_ko_skt', '<frame src="http://cleanmobile01.nate.com/sub_block.html?'],
  ['c_isp_pk_witribe', 'redirect.wi-tribe.net.pk/alert/'],
  ['c_isp_be_telenet', 'networkmsg.telenet.be/blocked/bea/'],
  ['c_isp_cn_runxun', 'http://www.runxun.com/weibeian.html'],
  ['c_isp_re_rosintel', 'http://block.rosintel.tk/?'],
  ['c_isp_id_hypernet', 'http://sehat.hypernet.co.id'],
  ['c_isp_dk_tdc', 'mailto:filter-stopside@tdc.dk'],
  ['c_isp_kw_kems', 'http://blocked.kems.net'],
  ['c_isp_pk_wateen', 'http://restrict.wateen.net/'],
  ['c_isp_pk_wateen_2', 'restrictk.wateen.net'],
  ['c_isp_ru_radugainternet', 'http://radugainternet.ru/kasat/access-error'],
  ['c_isp_ru_sibset', 'http://211.ru/149.html'],
  ['c_isp_ru_alestanet', 'http://zapret.alestanet.ru/'],
  ['c_isp_ru_post', 'http://blockpage.kmv.ru'],
  ['c_isp_ru_vsevnet', 'http://vsevnet.ru/zapr_site.html'],
  ['c_isp_ru_mediakvant', 'http://mediakvant.ru/block'],
  ['c_isp_ru_ita', 'https://rta-telecom.ru/deny.html'],
  ['c_isp_ru_arbuz', 'http://www.arbuz.ru/zapret.htm'],
  ['c_isp_ru_at_home', 'http://zapret-info.b2b.at-home.ru'],
  ['c_isp_ru_enicom', 'http://alert.enicom.ru:81/'],
  ['c_isp_ru_signaltv', 'http://detect-web.signaltv.net/3/'],
  ['c_isp_ru_insysnet', 'http://blackhole.insysnet.ru/zapret-info-tst.html'],
  ['c_isp_ru_masterra', 'http://noaccess.masterra.ru/zapret/'],
  ['c_isp_ru_kividex', 'http://blocked.kvidex.ru/'],
  ['c_isp_ru_taiget', 'http://hold.taiget.ru/block'],
  ['c_isp_ru_edpnet', 'http://stop.edpnet.net/ru-censored/'],
  ['c_isp_ru_telemagdan_2', 'http://www.telemagadan.ru/bloked.php'],
  ['c_isp_ru_infodom', 'http://host72.ru/blocked/'],
  ['c_isp_ru_tscrimea_2', 'ttp://rknblock.tscrimea.ru'],
  ['c_isp_ru_tscrimea_3', 'http://rknblock.tscrimea.com'],
  ['c_isp_ru_novotelecom_2', 'http://zapret.2090000.ru'],
  ['c_isp_ru_taiget', 'https://hold.taiget.ru/block?'],
  ['c_isp_ru_iterika_2', 'http://iterika.ru/blocked.html?'],
  ['c_isp_ru_convex', 'http://ban.convex.ru/index.html'],
  ['c_isp_ru_rvso', 'http://billing.spb.rsvo.ru/blocked/blocked.html'],
  ['c_isp_ru_peter', 'http://blackhole.piter-telecom.ru/'],
  ['c_isp_ru_wiland', 'http://blocked.wiland.ru/'],
  ['c_isp_ru_kamenkstel', 'http://block.kamensktel.ru/'],
  ['c_isp_ru_avantel_1', 'http://block.msk.avantel.ru/'],
  ['c_isp_ru_avantel_2', 'http://block.msk.avantel.ru?'],
  ['c_isp_ru_orion', 'http://block.orionnet.ru/index-zapret.php'],
  ['c_isp_ru_sivash', 'http://block.sivash.net/index.html'],
  ['c_isp_ru_strela', 'http://block.strelatelecom.ru'],
  ['c_isp_ru_game_service', 'http://close.g-service.ru/access_denied_op.html'],
  ['c_isp_ru_infolink', 'http://infolink.ru/messages/180.html'],
  ['c_isp_ru_intertax', 'http://krsn.ru/redir/extrim/'],
  ['c_isp_ru_east_media', 'http://law.vms56.ru/law.html'],
  ['c_isp_ru_east_media_2', 'http://law.vms56.ru'],
  ['c_isp_ru_sky@net', 'https://redirects.tvhost.ru/ban/'],
  ['c_isp_ru_sevstar', 'http://rublacklist.sevstar.net/'],
  ['c_isp_ru_sevstar_2', 'http://rublacklist.sevstar.net'],
  ['c_isp_ru_altegrosky', 'https://07.altegrosky.ru/180.html'],
  ['c_isp_ru_dtel', 'https://dtel.ru/block.htm'],
  ['c_isp_ru_goodline', 'http://site-blocked.ru/'],
  ['c_isp_ru_goodline_2', 'https://lk.goodline.info/middlestatus.html'],
  ['c_isp_ru_dianet', 'http://stub.dianet.ru/forbidden/'],
  ['c_isp_ru_maglan', 'http://www.maglan.ru/internet/blocked'],
  ['c_isp_ru_skynet', 'http://www.skynet-kazan.com/_blocked.htm'],
  ['c_isp_ru_sibitex', 'http://www.tmn.rblocked.mts.ruu/cgi-bin/stub_html'],
  ['c_isp_ru_sibitex_2', 'http://www.tmn.ru/cgi-bin/stub_html.pl'],
  ['c_isp_ru_novotelecom', 'http://zapret.2090000.ru/'],
  ['c_isp_ru_yota', 'forbidden.yota.ru'],
  ['c_isp_ru_dsi', 'zapret-info.dsi.ru'],
  ['c_isp_ru_kristel', 'www.kristel.ru/?mode=zapret'],
  ['c_isp_ru_itnet_1', 'block.itnet33.ru/info/forbiddens.php?'],
  ['c_isp_ru_westlan', 'block.westlan.ru'],
  ['c_isp_ru_ugmk', 'blocked.ugmk-telecom.ru'],
  ['c_isp_ru_spacenet', 'deny.spacenet.ru/'],
  ['c_isp_ru_acme', 'intel.acmetelecom.ru/block.htm'],
  ['c_isp_ru_iterika', 'iterika.ru/blocked.html?'],
  ['c_isp_ru_mosnet', 'mosnet.ru/customers/obsluzhivanie/blocked-site.html'],
  ['c_isp_ru_metronet', 'https://www.metro-set.ru/zapret'],
  ['c_isp_ru_metronet_2', 'http://www.metro-set.ru/zapret'],
  ['c_isp_ru_redcom', 'https://redcom.ru/law/index.html'],
  ['c_isp_ru_bashtel', 'notify.bashtel.ru/block-rkn/'],
  ['c_isp_ru_tscrimea', 'rknblock.tscrimea.com/'],
  ['c_isp_ru_iks', 'http://zapret.iks.ru/'],
  [
    'c_isp_ru_divo',
    'https://www.divo.ru/%D0%B4%D0%B0%D0%BD%D0%BD%D1%8B%D0%B9-%D1%80%D0%B5%D1%81%D1%83%D1%80%D1%81-%D0%B7%D0%B0%D0%B1%D0%BB%D0%BE%D0%BA%D0%B8%D1%80%D0%BE%D0%B2%D0%B0%D0%BD/?',
  ],
  ['c_isp_ru_beeline', 'blackhole.beeline.ru'],
  ['c_isp_ru_mts', 'blocked.mts.ru'],
  ['c_isp_ru_flex', 'flex.ru/zapret.html'],
  [
    'c_isp_ru_pjscrostelekom',
    '<a class="logo" href="https://rt.ru/?utm_source=warningpage&utm_campaign=logo&utm_content=main">',
  ],
  ['c_isp_ru_generalbp1', 'Доступ к запрашиваемому ресурсу ограничен.</b></h1>'],
  [
    'c_isp_ru_generalbp2',
    '<p>Искомый домен внесен в РЕЕСТР доменных имен, указателей страниц сайтов в сети «Интернет» и сетевых адресов, позволяющих идентифицировать сайты в сети «Интернет», содержащие информацию, распространение которой в Российской Федерации запрещено</p>',
  ],
  [
    'c_isp_ru_generalbp3',
    '<h1>Уважаемые пользователи! Приносим свои извинения, доступ к информационному ресурсу ограничен на основании Федерального закона от 27 июля 2006 г. № 149-ФЗ «Об информации, информационных технологиях и защите информации»</h1>',
  ],
  [
    'c_isp_ru_generalbp4',
    '<a href="https://ru.wikipedia.org/wiki/Федеральный_закон_№_398-ФЗ_от_28_декабря_2013_года">398 ФЗ</a>.</p>',
  ],
  [
    'c_isp_ru_generalbp6',
    '<h1 class="message__title">Доступ к информационному ресурсу ограничен на основании ФЗ от 27.07.2006 г. №149-ФЗ "Об информации, информационных технологиях и о защите информации"</h1>',
  ],
  [
    'c_isp_ru_generalbp7',
    '<p>Доступ к запрашиваемому Вами ресурсу Интернет ограничен в соответствии с требованиями законодательства.</p>',
  ],
  ['c_isp_ru_generalbp9', '<!-- saved from url=(0020)http://95.167.13.50/ -->'],
  [
    'c_isp_ru_a_prod_vasexperts',
    '<p>Если Вы считаете, что запрашиваемый Вами материал заблокирован некорректно - обратитесь в службу технической поддержки по электронной почте: <a href="mailto:support@vasexperts.ru">support@vasexperts.ru</a>.</p>',
  ],
  ['c_isp_cbn', 'Block Page - CBN Internet'],
  ['c_isp_ru_schelkovonet', 'http://blacklist.schelkovo-net.ru/?'],
  ['c_isp_ru_itnet_2', 'http://block.itnet33.ru/info/forbiddens.php'],
  ['c_isp_ru_tkmiran', 'http://block.tk-miran.ru/block.php?'],
  [
    'c_isp_sg_general',
    'Access to the website has been blocked pursuant to an Order of the High Court of Singapore.',
  ],
  [
    'c_isp_sg_general_2',
    'The High Court of Singapore has ordered a blocking of access to the online location you are attempting to reach as it violates the Copyright Act.',
  ],
  ['c_isp_in_sunnnetwork', '<a href="intrusion@sunnetwork.in" target="_blank">intrusion@sunnetwork.in</a>'],
  ['c_isp_in_generic_dot_1', 'blocked as per instructions from Department of Telecommunications of India'],
  [
    'c_isp_in_generic_dot_2',
    'Your requested URL has been blocked as per the directions received from Department of Telecommunications, Government of India',
  ],
  ['c_isp_id_utaramedia', 'block.utaramedia.net'],
  ['c_isp_id_indosat', '<title>Netsafe IndosatM2</title>'],
  ['c_isp_id_melsa', 'http://www.melsa.net.id/main/blocked'],
  ['c_isp_id_govt_trustpositive_1', '<title>Internet Positif</title>'],
  [
    'c_isp_ro_onjn_1',
    'Accesul dumneavoastră către acest site a fost restricționat de Oficiul Național pentru Jocuri de Noroc',
  ],
  [
    'c_isp_ro_onjn_2',
    'Accesul dumneavoastră către acest site a fost restricționat de Oficiul Național pentru Jocuri de Noroc.',
  ],
  [
    'c_isp_no_breiband',
    'Tingretten har pålagt Breiband.no og andre internett-tilbydere å iverksette DNS-blokkering av dette nettstedet',
  ],
  [
    'b_nat_au_1_satellite',
    '<p>You have attempted to obtain access to a particular website. This page notifies you that access to that website has been disabled because the Federal Court of Australia has determined that the website infringes, or facilitates the infringement of, copyright.</p>',
  ],
  [
    'b_nat_au_2_satellite',
    'disabled because the Federal Court of Australia has determined that the website infringes, or facilitates the infringement of, copyright',
  ],
  [
    'b_nat_be_2_satellite',
    'U wordt naar deze stoppagina doorverwezen omdat de goksite die u tracht te bezoeken inhoud aanbiedt die illegaal is op basis van de Belgische wetgeving.',
  ],
  [
    'b_nat_be_3_satellite',
    'ENG - This gambling site is illegal in Belgium. It has therefore been blocked. Illegal gambling is dangerous and can even be punishable.',
  ],
  ['b_nat_be_4_satellite', 'visit offers content that is considered illegal according'],
  [
    'b_nat_bg_2_satellite',
    '<FONT COLOR="#AA4444">Съгласно Закон за Хазарта и разпореждания на Софийски Районен Съд,</FONT>',
  ],
  ['b_nat_cn_antispam_satellite', '<div class="title">国家反诈中心</div>'],
  [
    'b_nat_id_1_satellite',
    '<small>The website/domain has been blocked as per order of Ministry of Electronics and Information Technology under IT Act, 2000</small>',
  ],
  [
    'b_nat_id_27_satellite',
    'Situs yang dituju terindikasi mengandung konten yang tidak diperkenankan pemerintah',
  ],
  ['b_nat_id_23_satellite', 'URL=http://sehat.hypernet.co.id"'],
  [
    'b_nat_lv_1_satellite',
    'Pēc Latvijas Republikas Izložu un azartspēļu uzraudzības inspekcijas pieprasījuma',
  ],
  ['b_nat_lv_redirect_302_1_satellite', '<a href="http://www.iaui.gov.lv/lv/azartspeles/bloketas-saites"'],
  ['b_nat_np_2_satellite', '<title>Block By NTA</title>'],
  ['b_nat_np_3_satellite', 'The access to this website has been restricted as per the directive of Nepal'],
  ['b_nat_ph_1_satellite', 'In compliance of NTC Memorandum Circular #01-01-2014'],
  ['b_nat_ru_12_satellite', '<a href="http://eais.rkn.gov.ru/">'],
  ['b_nat_ru_satellite_1', '<a href="http://blocklist.rkn.gov.ru/"'],
  ['b_nat_se_copyright_satellite', 'blockerad efter ett beslut från Patent'],
  [
    'b_nat_sg_2_satellite',
    'The website that you are trying to access is unavailable as it contains prohibited material.',
  ],
  ['b_nat_sg_3_satellite', 'pursuant to an Order of the High Court of Singapore'],
  [
    'b_nat_siberia_satellite',
    'Zakonom je zabranjeno omogućavanje učestvovanja u igrama na sreću koje priređuju neovlašćena lica preko sredstava elektronske komunikacije',
  ],
  [
    'b_nat_tr_1_satellite',
    'aşağıdaki karara istinaden 5651 sayılı Kanun uyarınca Erişim Sağlayıcıları Birliği tarafından erişime engellenmiştir',
  ],
  ['b_nat_tr_2_satellite', 'sayılı istanbul Anadolu 14.Sulh CM kararıyla erişime engellenmiştir.</span>'],
  ['b_nat_tr_3_satellite', 'SULH CM kararıyla erişime engellenmiştir.'],
  ['b_nat_tr_4_satellite', 'sayılı Bakırköy CBS kararıyla erişime engellenmiştir'],
  ['b_nat_tr_5_satellite', 'sayılı Telekomünikasyon iletişim Başkanlığı kararıyla erişime engellenmiştir'],
  ['c_isp_id_hypernet_redirect_301_1_satellite', '<a href="https://sehat.hypernet.co.id/"'],
  ['c_isp_id_idola_net_satellite', '<br>support.idola.net.id</center>'],
  ['c_isp_id_pandawa_satellite', '<title>Bloking Konten - PT. Dharma Sarana Solusindo</title>'],
  ['c_isp_id_idola_3_satellite', '<title>IdOLA Lintasarta</title>'],
  ['c_isp_id_netsafe_redirect_302_satellite', '<a href="http://netsafe.indosatooredoo.com/desktop'],
  ['c_isp_id_jakarta_satellite', '<title>POTAL PEKON</title>'],
  ['c_isp_id_pt_wortel_13_satellite', '<title>PT Wortel Internet Positif</title>'],
  ['c_isp_id_biznetnetworks_28_satellite', 'www.biznetnetworks.com/safesurf/'],
  ['c_isp_id_sukma_media_14_satellite', '<title>Sukma Media Internet Positif</title>'],
  ['c_isp_id_skynet_satellite', '<title>SkyNet | Internet Sehat</title>'],
  ['c_isp_id_pt_yetoya_29_satellite', 'Internet Sehat | PT Yetoya Solusi Indonesia'],
  ['c_isp_id_31_satellite', 'trustpositif.kominfo.go.id'],
  ['c_isp_melsa_id_7_satellite', 'www.melsa.net.id/main/blocked'],
  [
    'c_isp_telsy_2_satellite',
    'SecureDNS has blocked a potential threat or maybe the resource you are looking for does not exist',
  ],
  ['c_isp_ru_ttk_satellite', '<title>TTK :: Доступ к ресурсу ограничен</title>'],
  [
    'b_nat_id_12_satellite',
    'mungkin mengandung unsur ilegal, pornografi, perjudian, kekerasan atau narkoba.</p>',
  ],
];

/**
 * The same signatures where a provider answers with a redirect to its notice ("Location: …"): the address, or the
 * start of it, the redirect goes to.
 */
export const BLOCK_REDIRECTS: readonly (readonly [fingerprint: string, target: string])[] = [
  [
    'b_nat_be_redirect_302_satellite',
    'https://www.gamingcommission.gov.gr/index.php/forbidden-access-black-list',
  ],
  ['b_nat_be_redirect_satellite', 'http://webstop.gamingcommission.be'],
  [
    'b_nat_co_redirect_301_1_satellite',
    'https://www.coljuegos.gov.co/publicaciones/advertencia_pampatildeampiexclginas_online_ilegales_pub',
  ],
  [
    'b_nat_de_redirect_302_satellite',
    'https://www.kabelplus.at/SpecialPages/Gesperrte-Websites-wegen-Urheberrechtsverletzungen.aspx',
  ],
  ['b_nat_ee_redirecr_301_1_satellite', 'http://www.emta.ee/et/juurdepaas-blokeeritud/'],
  ['b_nat_ee_redirecr_302_1_satellite', 'http://redir.emta.ee/redirect/et/juurdepaas-blokeeritud'],
  ['b_nat_it_redirect_301_1_satellite', 'http://217.175.53.72/index.html'],
  ['b_nat_lt_1_satellite', 'https://blokuojama.lpt.lt'],
  ['b_nat_lt_2_satellite', 'https://stop.rtk.lt'],
  ['b_nat_lv_redirect_301_1_satellite', 'http://www.iaui.gov.lv/lv/pazinojums'],
  ['b_nat_lv_redirect_302_2_satellite', 'https://www.iaui.gov.lv/lv/pazinojums'],
  [
    'b_nat_pl_redirect_302_satellite',
    'https://www.finanse.mf.gov.pl/inne-podatki/podatek-od-gier-gry-hazardowe/komunikat',
  ],
  ['b_nat_uk_redirect_302_satellite', 'http://www.ukispcourtorders.co.uk'],
  ['c_isp_be_telenet_302_redirect_satellite', 'http://networkmsg.telenet.be/blocked/fccu/'],
  ['c_isp_gr_cuii_copyright_satellite', 'https://notice.cuii.info'],
  ['c_isp_id_iforte_redirect_301_2_satellite', 'https://trustpositif.iforte.net.id'],
  ['c_isp_id_myrepublic_redirect_301_3_satellite', 'http://block.myrepublic.co.id'],
  ['c_isp_id_telkomsel_redirect_301_4_satellite', 'https://internetbaik.telkomsel.com/block'],
  ['c_isp_is_siminn_redirect_302_copyright_satellite', 'https://www.siminn.is/sidur/netvarinn-lokud-sida'],
  ['c_isp_ru_ertelecom_redirect_301_1_satellite', 'http://lawfilter.ertelecom.ru'],
  ['c_isp_ru_miralogic_redirect_301_1_satellite', 'http://blacklist.miralogic.ru'],
  ['c_isp_ru_kvant_telecom_redirect_302_satellite', 'http://block.kvant-telecom.ru'],
  ['c_isp_ru_ttk_redirect_302_satellite', 'http://fz139.ttk.ru'],
  // Not Censored Planet's: Indonesia's Kominfo landing page as Telkomsel redirects a blocked site to it, "302 …
  // Location: http://lamanlabuh.aduankonten.id/" (OONI's measurement,
  // ooni/backend@f30f4e0ff60c76f839301c5c1a6651967c2f0afe:fastpath/fastpath/tests/data/20250527233111.802678_ID_webconnectivity_5a37ec909dbf14e3.json).
  ['ooni_id_telkomsel_lamanlabuh', 'http://lamanlabuh.aduankonten.id'],
  // Not Censored Planet's: Virgin Media's notice for the sites UK court orders block, "302 Found … Location:
  // http://assets.virginmedia.com/site-blocked.html" (curl -v kept in
  // openrightsgroup/cmp-analysis@6caebfef65a4e02c60c6f0909049c614009ee9a9:example-blocked-responses/virginmedia-thepiratebay.se.txt).
  ['orguk_virginmedia_court_order', 'http://assets.virginmedia.com/site-blocked.html'],
  // Not Censored Planet's: Iran's national filter answering a blocked request with "302 Found … Location:
  // http://10.10.34.35:80" (tinkernie/fashion-store@9b373883c59d4a199326edaebe3154b1131fb083:docs/DEPLOYMENT_GUIDE.md, its Next.js chunks caught by a
  // keyword), the address beside the one its injected frame shows (10.10.34.34, citizenlab/blockpages@672fdfc4fdcd829bc23eb9add9ed8e6da05eb949:html/ir-iframe.html).
  ['ir_filter_redirect_35', 'http://10.10.34.35'],
  ['ir_filter_redirect_34', 'http://10.10.34.34'],
];

/**
 * A provider's filter the account holder keeps on (parental controls, category filters), redirecting what it refuses to
 * its own notice: not an order but the subscriber's setting, a filter's refusal (waf), lifted in the account's settings.
 * Each as curl printed it on the provider's network (openrightsgroup/cmp-analysis@6caebfef65a4e02c60c6f0909049c614009ee9a9
 * :example-blocked-responses/): O2's age check, "Location: http://assets.o2.co.uk/18plusaccess/"
 * (o2_18plus_parental_control.txt), and Sky Broadband Shield's, "Location: http://block.nb.sky.com/?domain=…&categories=
 * ANONYMIZERS&match_user_blacklist=false" (sky-thepiratebay.se.txt).
 */
export const FILTER_REDIRECTS: readonly string[] = [
  'http://assets.o2.co.uk/18plusaccess',
  'http://block.nb.sky.com',
  // The same providers' other notices and their neighbours' content locks, from OONI's fingerprints of UK and Irish
  // providers (ooni/backend@32d8349dc5440e75264c84c0ffe97495c7488e84:fastpath/fastpath/tests/data/fingerprints_http.json,
  // ooni.gb_1, gb_2, gb_3, gb_5, gb_6, gb_7, gb_8, gb_10, ie_0): Vodafone's and giffgaff's, Sky's other hosts, EE's corporate
  // content lock, a schools' broadband filter, NOW TV's Broadband Buddy, Three's in both countries (review of the
  // seventy-second batch).
  'http://www.vodafone.co.uk/restricted-content',
  'https://www.giffgaff.com/mobile/over18',
  'http://block.cf.sky.com',
  'http://blocked.nb.sky.com',
  'http://ee.co.uk/help/my-account/corporate-content-lock',
  'http://filter7external.schoolsbroadband.co.uk/access',
  'https://account.nowtv.com/broadband-buddy/blocked-pages',
  'http://three.co.uk/mobilebroadband_restricted',
  'https://m.three.ie/adult-content',
];

/**
 * Notices whose address has a shape rather than a fixed start: Turkey's block landing page, an address with its own
 * IP and the site asked in `ms=` — Censored Planet's generic Turkish signature "http://213.14.227.50/landpage?ms=http://hqq.tv/"
 * (f_gen_tr in the file above), met as "http://88.255.216.16/landpage?op=1&ms=http://sfml-dev.org/" after a 302
 * (https://github.com/SFML/SFML/issues/1646). Counted only when `ms` names the site that was asked
 * (blockNoticeRedirect).
 */
export const BLOCK_REDIRECT_SHAPES: readonly (readonly [fingerprint: string, shape: RegExp])[] = [
  ['f_gen_tr', /^http:\/\/\d{1,3}(?:\.\d{1,3}){3}\/landpage\?(?:op=\d{1,3}&)?ms=([^&#\s]{1,2048})/i],
];

// Well-known venues of the fields paper lists cover, each with the short name lists write and the
// longer names services give (DBLP's short forms, Crossref's proceedings titles, Semantic Scholar's
// names). A list's own spellings always win over these; this table only connects the names.

export const KNOWN_VENUES: Readonly<Record<string, readonly string[]>> = {
  NeurIPS: [
    'NIPS',
    'Neural Information Processing Systems',
    'Advances in Neural Information Processing Systems',
    'Conference on Neural Information Processing Systems',
    'Annual Conference on Neural Information Processing Systems',
  ],
  ICLR: ['International Conference on Learning Representations'],
  ICML: ['International Conference on Machine Learning'],
  CVPR: [
    'Computer Vision and Pattern Recognition',
    'Conference on Computer Vision and Pattern Recognition',
    'IEEE Conference on Computer Vision and Pattern Recognition',
    'IEEE/CVF Conference on Computer Vision and Pattern Recognition',
  ],
  ICCV: [
    'International Conference on Computer Vision',
    'IEEE International Conference on Computer Vision',
    'IEEE/CVF International Conference on Computer Vision',
  ],
  ECCV: ['European Conference on Computer Vision'],
  AAAI: [
    'AAAI Conference on Artificial Intelligence',
    'Proceedings of the AAAI Conference on Artificial Intelligence',
  ],
  IJCAI: ['International Joint Conference on Artificial Intelligence'],
  ACL: ['Annual Meeting of the Association for Computational Linguistics'],
  EMNLP: [
    'Conference on Empirical Methods in Natural Language Processing',
    'Empirical Methods in Natural Language Processing',
  ],
  NAACL: [
    'NAACL-HLT',
    'North American Chapter of the Association for Computational Linguistics',
    'Conference of the North American Chapter of the Association for Computational Linguistics: Human Language Technologies',
  ],
  COLING: ['International Conference on Computational Linguistics'],
  EACL: ['Conference of the European Chapter of the Association for Computational Linguistics'],
  TACL: ['Transactions of the Association for Computational Linguistics'],
  KDD: [
    'Knowledge Discovery and Data Mining',
    'ACM SIGKDD Conference on Knowledge Discovery and Data Mining',
    'SIGKDD',
  ],
  WWW: [
    'The Web Conference',
    'World Wide Web Conference',
    'International World Wide Web Conference',
  ],
  CIKM: [
    'Conference on Information and Knowledge Management',
    'International Conference on Information and Knowledge Management',
  ],
  ICPR: ['International Conference on Pattern Recognition'],
  ICASSP: [
    'IEEE International Conference on Acoustics, Speech and Signal Processing',
    'International Conference on Acoustics, Speech and Signal Processing',
  ],
  ICDCS: [
    'International Conference on Distributed Computing Systems',
    'IEEE International Conference on Distributed Computing Systems',
  ],
  DATE: [
    'Design, Automation and Test in Europe',
    'Design, Automation & Test in Europe Conference & Exhibition',
  ],
  ICCAD: [
    'International Conference on Computer-Aided Design',
    'IEEE/ACM International Conference on Computer-Aided Design',
  ],
  DAC: ['Design Automation Conference'],
  MobiSys: ['International Conference on Mobile Systems, Applications, and Services'],
  MobiCom: [
    'International Conference on Mobile Computing and Networking',
    'Annual International Conference on Mobile Computing and Networking',
  ],
  SenSys: ['Conference on Embedded Networked Sensor Systems'],
  SEC: ['ACM/IEEE Symposium on Edge Computing', 'Symposium on Edge Computing'],
  INFOCOM: ['IEEE Conference on Computer Communications', 'IEEE INFOCOM'],
  TPAMI: [
    'IEEE Transactions on Pattern Analysis and Machine Intelligence',
    'IEEE Trans. Pattern Anal. Mach. Intell.',
  ],
  TNNLS: [
    'IEEE Transactions on Neural Networks and Learning Systems',
    'IEEE Trans. Neural Networks Learn. Syst.',
  ],
  TMC: ['IEEE Transactions on Mobile Computing', 'IEEE Trans. Mob. Comput.'],
  TC: ['IEEE Transactions on Computers', 'IEEE Trans. Computers'],
  IOTJ: ['IEEE Internet of Things Journal', 'IEEE Internet Things J.'],
  CSUR: ['ACM Computing Surveys', 'ACM Comput. Surv.'],
  TECS: ['ACM Transactions on Embedded Computing Systems', 'ACM Trans. Embed. Comput. Syst.'],
  JMLR: ['Journal of Machine Learning Research', 'J. Mach. Learn. Res.'],
  TMLR: ['Transactions on Machine Learning Research', 'Trans. Mach. Learn. Res.'],
  IJCV: ['International Journal of Computer Vision', 'Int. J. Comput. Vis.'],
  Interspeech: [
    'INTERSPEECH',
    'Annual Conference of the International Speech Communication Association',
  ],
};

/** Venue words that mean "a preprint, not published yet". */
export const PREPRINT_WORDS = ['arXiv', 'CoRR', 'arXiv preprint', 'arXiv.org', 'preprint'];
